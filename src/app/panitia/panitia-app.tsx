/**
 * The organizer console (/panitia), loaded lazily so the juror's first load does not grow. It opens
 * with the token from the printed link, keeps it on this device until "Keluar", and sends every
 * screen to a clear page when the server refuses it.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { Route, Router } from 'preact-iso';
import { type ApiFailure, createAdminClient } from '#app/panitia/api-client.ts';
import { BeritaAcaraScreen } from '#app/panitia/berita-acara/berita-acara-screen.tsx';
import { ConsoleHeader } from '#app/panitia/components/console-header.tsx';
import { PanitiaContext } from '#app/panitia/panitia-context.ts';
import { CardsScreen } from '#app/panitia/screens/cards-screen.tsx';
import { EventScreen } from '#app/panitia/screens/event-screen.tsx';
import { EventsScreen } from '#app/panitia/screens/events-screen.tsx';
import { TokenPage } from '#app/panitia/screens/token-page.tsx';
import { forgetToken, storeToken, takeToken } from '#app/panitia/token.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import '#app/styles/panitia.css';

type Gate = 'open' | 'refused' | 'signed-out';

export function PanitiaApp() {
  const t = usePanitiaT();
  const [token, setToken] = useState<string | null>(() => takeToken());
  const [gate, setGate] = useState<Gate>('open');
  const client = useMemo(() => (token ? createAdminClient(token) : null), [token]);
  // The link pasted into a console tab that is already open changes only the fragment.
  useEffect(() => {
    const onHash = () => {
      if (!location.hash.includes('token=')) return;
      setToken(takeToken());
      setGate('open');
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const onFailure = useCallback((failure: ApiFailure) => {
    if (failure.kind === 'unauthorized') setGate('refused');
  }, []);
  const signIn = (value: string) => {
    storeToken(value);
    setToken(value.trim());
    setGate('open');
  };
  const signOut = () => {
    forgetToken();
    setToken(null);
    setGate('signed-out');
  };

  if (gate === 'signed-out')
    return <TokenPage title={t.panitia.consoleTitle} message={t.panitia.loggedOut} onToken={signIn} />;
  if (!client)
    return (
      <TokenPage title={t.panitia.missingTokenTitle} message={t.panitia.missingToken} onToken={signIn} />
    );
  if (gate === 'refused')
    return (
      <TokenPage title={t.panitia.wrongTokenTitle} message={t.panitia.wrongToken} onToken={signIn} refused />
    );
  return (
    <PanitiaContext.Provider value={{ client, onFailure }}>
      <div class="panitia">
        <ConsoleHeader onSignOut={signOut} />
        <Router>
          <Route path="/" component={EventsScreen} />
          <Route path="/acara/:eventId/kartu" component={CardsScreen} />
          <Route path="/acara/:eventId/berita-acara" component={BeritaAcaraScreen} />
          <Route path="/acara/:eventId/:tab?" component={EventScreen} />
          <Route default component={EventsScreen} />
        </Router>
      </div>
    </PanitiaContext.Provider>
  );
}
