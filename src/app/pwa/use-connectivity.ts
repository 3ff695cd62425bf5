import { useEffect, useState } from 'preact/hooks';
import { type Connectivity, connectivity } from '#app/pwa/connectivity.ts';

/** The app-wide connectivity state; re-renders on change. */
export function useConnectivity(): Connectivity {
  const [state, setState] = useState(connectivity.get);
  useEffect(() => {
    setState(connectivity.get());
    return connectivity.subscribe(setState);
  }, []);
  return state;
}
