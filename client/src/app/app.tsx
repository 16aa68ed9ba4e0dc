import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useSearchParams } from 'react-router';
import { createApolloClient } from '../lib/apollo.js';
import { I18nProvider, type Lang } from '../i18n/i18n.js';
import { AppShell } from './app-shell.js';
import { messages } from './messages.js';
import { TimelineRoute } from './routes/timeline-route.js';
import { BriefingRoute } from './routes/briefing-route.js';
import { ReportingRoute } from './routes/reporting-route.js';

const PlaygroundRoute = lazy(() => import('./routes/playground-route.js'));

function langOf(params: URLSearchParams): Lang {
  return params.get('lang') === 'en' ? 'en' : 'vi';
}

function RedirectToTimeline() {
  const { search } = useLocation();
  return <Navigate to={`/timeline${search}`} replace />;
}

/** The language comes from the URL (`?lang=en`), so a shared link opens in the same language. */
function LocalisedRoutes() {
  const [params] = useSearchParams();
  const lang = langOf(params);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <I18nProvider lang={lang} messages={messages}>
      <Routes>
        <Route path="/graphql" element={<Suspense fallback={null}><PlaygroundRoute /></Suspense>} />
        <Route element={<AppShell />}>
          <Route path="/" element={<RedirectToTimeline />} />
          <Route path="/timeline" element={<TimelineRoute />} />
          <Route path="/briefing" element={<BriefingRoute />} />
          <Route path="/reporting" element={<ReportingRoute />} />
          <Route path="*" element={<RedirectToTimeline />} />
        </Route>
      </Routes>
    </I18nProvider>
  );
}

export function App() {
  const client = useMemo(createApolloClient, []);
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <LocalisedRoutes />
      </BrowserRouter>
    </ApolloProvider>
  );
}
