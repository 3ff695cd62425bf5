/** What every console screen needs: the API client and a way to report that the token was refused. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AdminClient, ApiFailure } from '#app/panitia/api-client.ts';

export interface PanitiaContextValue {
  client: AdminClient;
  /** Called with every failure; an unauthorized one sends the whole console to the token page. */
  onFailure: (failure: ApiFailure) => void;
}

export const PanitiaContext = createContext<PanitiaContextValue | null>(null);

export function usePanitia(): PanitiaContextValue {
  const value = useContext(PanitiaContext);
  if (!value) throw new Error('console component outside the console');
  return value;
}
