import { describe, expect, it } from 'vitest';
import { keyToAction, nextRowIndex, PAGE_ROWS } from '../../../client/src/features/timeline/model/keyboard.js';

const key = (k: string, mods: Partial<{ altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) =>
  keyToAction({ event: { key: k, altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...mods } });

describe('keyToAction', () => {
  it('moves focus between rows and opens details', () => {
    expect(key('ArrowDown')).toEqual({ type: 'focus-row', delta: 1 });
    expect(key('ArrowUp')).toEqual({ type: 'focus-row', delta: -1 });
    expect(key('PageDown')).toEqual({ type: 'focus-row', delta: PAGE_ROWS });
    expect(key('Home')).toEqual({ type: 'focus-edge', edge: 'first' });
    expect(key('ArrowLeft')).toEqual({ type: 'collapse' });
    expect(key('ArrowRight')).toEqual({ type: 'expand' });
    expect(key('Enter')).toEqual({ type: 'open' });
  });

  it('links with L, whatever its case, but not with a modifier', () => {
    expect(key('l')).toEqual({ type: 'link' });
    expect(key('L', { shiftKey: true })).toEqual({ type: 'link' });
    expect(key('l', { ctrlKey: true })).toBeNull();
  });

  it('moves the selected task by a day, or by the zoom unit with Shift', () => {
    expect(key('ArrowLeft', { altKey: true })).toEqual({ type: 'nudge', direction: -1, byUnit: false });
    expect(key('ArrowRight', { altKey: true, shiftKey: true })).toEqual({ type: 'nudge', direction: 1, byUnit: true });
  });

  it('zooms, undoes and redoes', () => {
    expect(key('+')).toEqual({ type: 'zoom', direction: 1 });
    expect(key('-')).toEqual({ type: 'zoom', direction: -1 });
    expect(key('z', { ctrlKey: true })).toEqual({ type: 'undo' });
    expect(key('z', { metaKey: true })).toEqual({ type: 'undo' });
    expect(key('Z', { metaKey: true, shiftKey: true })).toEqual({ type: 'redo' });
    expect(key('y', { ctrlKey: true })).toEqual({ type: 'redo' });
    expect(key('Escape')).toEqual({ type: 'escape' });
  });

  it('leaves other keys to the browser', () => {
    expect(key('Tab')).toBeNull();
    expect(key('a')).toBeNull();
    expect(key('c', { ctrlKey: true })).toBeNull();
    expect(key('ArrowDown', { altKey: true })).toBeNull();
  });
});

describe('nextRowIndex', () => {
  it('stays inside the rows', () => {
    expect(nextRowIndex({ current: 0, action: { type: 'focus-row', delta: -1 }, rowCount: 5 })).toBe(0);
    expect(nextRowIndex({ current: 3, action: { type: 'focus-row', delta: 10 }, rowCount: 5 })).toBe(4);
    expect(nextRowIndex({ current: -1, action: { type: 'focus-row', delta: 1 }, rowCount: 5 })).toBe(0);
    expect(nextRowIndex({ current: 2, action: { type: 'focus-edge', edge: 'last' }, rowCount: 5 })).toBe(4);
    expect(nextRowIndex({ current: 2, action: { type: 'focus-row', delta: 1 }, rowCount: 0 })).toBe(-1);
  });
});
