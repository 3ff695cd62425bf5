/**
 * zustand's `create`, bound to Preact's own hooks. zustand's React binding needs
 * `useSyncExternalStore`, which only preact/compat provides; compat would add ~5 KB to the juror's
 * first load for this one hook. The store itself is zustand's vanilla store, middleware included.
 */
import { useEffect, useReducer, useRef } from 'preact/hooks';
import {
  createStore,
  type ExtractState,
  type Mutate,
  type StateCreator,
  type StoreApi,
  type StoreMutatorIdentifier,
} from 'zustand/vanilla';

export type UseBoundStore<S extends StoreApi<unknown>> = (<U>(selector: (state: ExtractState<S>) => U) => U) &
  S;

/** Subscribes a component to a slice of a store; re-renders only when the slice changes (Object.is). */
export function useStore<T, U>(api: StoreApi<T>, selector: (state: T) => U): U {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const slice = selector(api.getState());
  const latest = useRef({ selector, slice });
  latest.current = { selector, slice };
  useEffect(() => {
    const check = () => {
      if (!Object.is(latest.current.selector(api.getState()), latest.current.slice)) rerender(0);
    };
    check(); // the store may have changed between render and subscription
    return api.subscribe(check);
  }, [api]);
  return slice;
}

export function create<T>(): <Mos extends [StoreMutatorIdentifier, unknown][] = []>(
  initializer: StateCreator<T, [], Mos>,
) => UseBoundStore<Mutate<StoreApi<T>, Mos>> {
  return (initializer) => {
    const api = createStore<T>()(initializer);
    // biome-ignore lint/correctness/noComponentHookFactories: bound once per store at module load, as zustand's own create does
    const useBound = <U>(selector: (state: T) => U): U => useStore(api, selector);
    return Object.assign(useBound, api) as UseBoundStore<typeof api>;
  };
}
