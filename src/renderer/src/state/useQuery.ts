import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventName, Payload } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { pos } from '../pos';

export interface Query<T> {
  /** The last answer; kept through a failed reload, which says nothing new about the data. */
  data: T | null;
  loading: boolean;
  reload(): Promise<void>;
}

/**
 * Data a screen reads from main. `load` runs (through `call`, so failures are reported
 * in the one place) whenever `key` changes and on `reload`; an answer that arrives after
 * a newer request, or after the view is gone, is dropped.
 */
export function useQuery<T>(key: string, load: () => Promise<Result<T>>): Query<T> {
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(true);
  const loader = useRef(load);
  const generation = useRef(0);
  useEffect(() => {
    loader.current = load;
  });

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    const result = await loader.current();
    if (mine !== generation.current) return;
    setLoading(false);
    if (result.ok) setData(result.value);
  }, []);

  useEffect(() => {
    void reload();
    return () => {
      generation.current += 1;
    };
  }, [key, reload]);

  return { data, loading, reload };
}

/** Listens to one event from main while the view is on screen. */
export function usePosEvent<E extends EventName>(name: E, listener: (payload: Payload<E>) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => pos.on(name, (payload) => latest.current(payload)), [name]);
}
