import { useI18n } from '../../../i18n/i18n.js';
import type { Rating } from '../model/rag-rule.js';

/** A shape as well as a colour, so the rating does not depend on colour alone. */
const SYMBOL: Record<Rating, string> = { RED: '■', AMBER: '▲', GREEN: '●', NONE: '○' };

export function RagBadge({ rating }: { rating: Rating }) {
  const { t } = useI18n();
  return (
    <span className={`rag rag-${rating.toLowerCase()}`} data-rating={rating}>
      <span aria-hidden="true">{SYMBOL[rating]} </span>
      {t(`briefing.rating.${rating}`)}
    </span>
  );
}
