import { ErrorBoundary, LocationProvider, lazy, Route, Router, useLocation } from 'preact-iso';
import { AppBar } from '#app/components/app-bar.tsx';
import { HomeScreen } from '#app/screens/home-screen.tsx';
import { NotFoundScreen } from '#app/screens/not-found-screen.tsx';

// Everything but the home screen loads lazily to keep the juror's first load small; the service
// worker precaches every chunk, so lazy screens still open offline.
const ScoreSheetScreen = lazy(() =>
  import('#app/screens/score-sheet-screen.tsx').then((m) => m.ScoreSheetScreen),
);
const MyScoresScreen = lazy(() => import('#app/screens/my-scores-screen.tsx').then((m) => m.MyScoresScreen));
const EnrollScreen = lazy(() => import('#app/screens/enroll-screen.tsx').then((m) => m.EnrollScreen));
const StatusScreen = lazy(() => import('#app/screens/status-screen.tsx').then((m) => m.StatusScreen));
// The organizer console: its screens, strings and spreadsheet/QR libraries never reach a juror's first load.
const PanitiaApp = lazy(() => import('#app/panitia/panitia-app.tsx').then((m) => m.PanitiaApp));
const ExportScreen = lazy(() => import('#app/screens/export-screen.tsx').then((m) => m.ExportScreen));
const PracticeScreen = lazy(() => import('#app/screens/practice-screen.tsx').then((m) => m.PracticeScreen));

export function App() {
  return (
    <LocationProvider>
      <JurorBar />
      <ErrorBoundary>
        <Router>
          <Route path="/" component={HomeScreen} />
          <Route path="/nilai/:teamId" component={ScoreSheetScreen} />
          <Route path="/rekap" component={MyScoresScreen} />
          <Route path="/enroll" component={EnrollScreen} />
          <Route path="/latihan" component={PracticeScreen} />
          <Route path="/status" component={StatusScreen} />
          <Route path="/ekspor" component={ExportScreen} />
          <Route path="/panitia" component={PanitiaApp} />
          <Route path="/panitia/*" component={PanitiaApp} />
          <Route default component={NotFoundScreen} />
        </Router>
      </ErrorBoundary>
    </LocationProvider>
  );
}

/** The juror's app bar; the organizer console has its own. */
function JurorBar() {
  const { path } = useLocation();
  return path === '/panitia' || path.startsWith('/panitia/') ? null : <AppBar />;
}
