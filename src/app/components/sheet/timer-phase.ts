/** Where a presentation + interview slot stands after some running time. Pure, so it is easy to test. */

export type TimerPhase = 'presentation' | 'interview' | 'overtime';

export interface TimerReading {
  phase: TimerPhase;
  /** Milliseconds left in the phase; for overtime, milliseconds past the end of the slot. */
  ms: number;
}

export function readTimer(
  elapsedMs: number,
  presentationMinutes: number,
  interviewMinutes: number,
): TimerReading {
  const presentationEnd = presentationMinutes * 60_000;
  const slotEnd = presentationEnd + interviewMinutes * 60_000;
  const elapsed = Math.max(0, elapsedMs);
  if (elapsed < presentationEnd) return { phase: 'presentation', ms: presentationEnd - elapsed };
  if (elapsed < slotEnd) return { phase: 'interview', ms: slotEnd - elapsed };
  return { phase: 'overtime', ms: elapsed - slotEnd };
}

/** mm:ss, rounding remaining time up so "00:00" appears only at the switch. */
export function formatClock(ms: number, phase: TimerPhase): string {
  const seconds = phase === 'overtime' ? Math.floor(ms / 1000) : Math.ceil(ms / 1000);
  const mm = Math.floor(seconds / 60);
  const ss = seconds % 60;
  return `${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`;
}
