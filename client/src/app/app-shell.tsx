import { today } from '@lotrinh/shared';
import { NavLink, Outlet, useSearchParams } from 'react-router';
import { AS_OF_PARAM, ReplayBar, useAsOfParam } from '../features/replay/index.js';
import { useI18n, type Lang } from '../i18n/i18n.js';

/** Header with navigation, the language switch and the replay bar (the app-wide "as of" day); pages render below. */
export function AppShell() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const { asOf, setAsOf } = useAsOfParam();
  const shared = new URLSearchParams();
  if (lang === 'en') shared.set('lang', 'en');
  if (asOf) shared.set(AS_OF_PARAM, asOf);
  const langQuery = shared.size > 0 ? `?${shared.toString()}` : '';
  const switchLang = (next: Lang) => {
    const updated = new URLSearchParams(params);
    if (next === 'vi') updated.delete('lang');
    else updated.set('lang', next);
    setParams(updated, { replace: true });
  };
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <h1 className="app-title">{t('app.title')}</h1>
        <nav aria-label={t('app.nav')}>
          <NavLink to={`/timeline${langQuery}`}>{t('app.nav.timeline')}</NavLink>
          <NavLink to={`/briefing${langQuery}`}>{t('app.nav.briefing')}</NavLink>
          <NavLink to={`/reporting${langQuery}`}>{t('app.nav.reporting')}</NavLink>
          <a href="/graphql">{t('app.nav.playground')}</a>
        </nav>
        <label className="app-lang">
          <span>{t('app.language')}</span>
          <select value={lang} onChange={(event) => switchLang(event.target.value as Lang)}>
            <option value="vi">{t('app.language.vi')}</option>
            <option value="en">{t('app.language.en')}</option>
          </select>
        </label>
      </header>
      <ReplayBar asOf={asOf} today={today()} onChange={setAsOf} />
      <main id="main" className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
