import { useI18n } from '../../i18n/i18n.js';

export interface PlaceholderRouteProps {
  titleKey: string;
}

/** A page that is not built yet says so plainly. */
export function PlaceholderRoute({ titleKey }: PlaceholderRouteProps) {
  const { t } = useI18n();
  return (
    <section className="placeholder">
      <h2>{t(titleKey)}</h2>
      <p>{t('app.notYet')}</p>
    </section>
  );
}
