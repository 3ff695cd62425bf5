import { useEffect, useState } from 'preact/hooks';

/** The current time, refreshed every `intervalMs`: enough for 20-minute slots without waking the tablet often. */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
