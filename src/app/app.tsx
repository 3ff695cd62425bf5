import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
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
const PracticeScreen = lazy(() => import('#app/screens/practice-screen.tsx').then((m) => m.PracticeScreen));

export function App() {
  return (
    <LocationProvider>
      <AppBar />
      <ErrorBoundary>
        <Router>
          <Route path="/" component={HomeScreen} />
          <Route path="/nilai/:teamId" component={ScoreSheetScreen} />
          <Route path="/rekap" component={MyScoresScreen} />
          <Route path="/enroll" component={EnrollScreen} />
          <Route path="/latihan" component={PracticeScreen} />
          <Route path="/status" component={StatusScreen} />
          <Route default component={NotFoundScreen} />
        </Router>
      </ErrorBoundary>
    </LocationProvider>
  );
}
