import { describe, expect, it } from 'vitest';
import { snapshotScale } from '../../../client/src/lib/png-snapshot.js';

describe('snapshotScale', () => {
  it('keeps the preferred scale while the canvas fits', () => {
    expect(snapshotScale({ width: 1045, height: 5000, preferred: 2 })).toBe(2);
  });

  it('draws smaller when a side or the area would pass what the browser can draw', () => {
    expect(snapshotScale({ width: 1045, height: 30_000, preferred: 2 })).toBeCloseTo(32_767 / 30_000, 6);
    const scale = snapshotScale({ width: 16_000, height: 20_000, preferred: 2 })!;
    expect(16_000 * 20_000 * scale * scale).toBeLessThanOrEqual(268_435_456 + 1);
  });

  it('refuses a picture that would be unreadably small', () => {
    expect(snapshotScale({ width: 1045, height: 100_000, preferred: 2 })).toBeNull();
  });
});
