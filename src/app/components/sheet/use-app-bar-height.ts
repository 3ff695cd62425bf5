/**
 * The app bar's height, so the sheet header can stick just below it (the bar wraps on narrow screens);
 * 0 where the bar is not sticky (phones), so the header sticks to the top.
 */
import { useEffect, useState } from 'preact/hooks';

export function useAppBarHeight(): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const bar = document.querySelector<HTMLElement>('.app-bar');
    if (!bar) return;
    const measure = () => setHeight(getComputedStyle(bar).position === 'sticky' ? bar.offsetHeight : 0);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
  return height;
}
