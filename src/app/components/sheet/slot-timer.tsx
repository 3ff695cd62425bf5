/**
 * The presentation → interview timer. The phase is written out beside the colour, so the meaning
 * never rests on colour alone, and a phase change is announced politely to screen readers.
 */
import { useEffect, useState } from 'preact/hooks';
import { type Clock, readClock, STOPPED, writeClock } from '#app/components/sheet/slot-clocks.ts';
import { formatClock, readTimer } from '#app/components/sheet/timer-phase.ts';
import { useSheetT } from '#app/i18n/use-sheet-t.ts';

interface Props {
  /** With the slot id, identifies whose clock this is (a practice copy has the same slot ids). */
  eventId: string;
  slotId: string;
  presentationMinutes: number;
  interviewMinutes: number;
}

export function SlotTimer({ eventId, slotId, presentationMinutes, interviewMinutes }: Props) {
  const t = useSheetT().sheet.timer;
  const [clock, setClockState] = useState<Clock>(() => readClock(eventId, slotId));
  const [, setTick] = useState(0);
  const running = clock.runningSince !== null;

  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setTick((n) => n + 1), 250);
    return () => clearInterval(id);
  }, [running]);

  const setClock = (next: Clock) => {
    writeClock(eventId, slotId, next);
    setClockState(next);
  };
  const elapsed = clock.accumulatedMs + (clock.runningSince === null ? 0 : Date.now() - clock.runningSince);
  const started = running || clock.accumulatedMs > 0;
  const toggle = () =>
    setClock(
      running
        ? { accumulatedMs: elapsed, runningSince: null }
        : { accumulatedMs: clock.accumulatedMs, runningSince: Date.now() },
    );

  const reading = readTimer(elapsed, presentationMinutes, interviewMinutes);
  const phaseLabel = { presentation: t.presentation, interview: t.interview, overtime: t.overtime }[
    reading.phase
  ];
  const time = formatClock(reading.ms, reading.phase);

  return (
    <fieldset class={`slot-timer phase-${reading.phase}`}>
      <legend class="visually-hidden">{t.label}</legend>
      <div class="timer-reading">
        <span class="timer-phase" aria-live="polite" data-phase={reading.phase}>
          {phaseLabel}
          {started && !running ? ` · ${t.paused}` : ''}
        </span>
        <span class="timer-clock" role="timer">
          {reading.phase === 'overtime' ? `+${time}` : time}
          {reading.phase === 'overtime' ? '' : <span class="visually-hidden"> {t.remaining}</span>}
        </span>
      </div>
      <button type="button" class="btn timer-btn" onClick={toggle}>
        <span class="timer-btn-icon" aria-hidden="true">
          {running ? '❚❚' : '▶'}
        </span>
        <span class="timer-btn-text">{running ? t.pause : started ? t.resume : t.start}</span>
      </button>
      <button type="button" class="btn timer-btn" disabled={!started} onClick={() => setClock(STOPPED)}>
        <span class="timer-btn-icon" aria-hidden="true">
          ↺
        </span>
        <span class="timer-btn-text">{t.reset}</span>
      </button>
    </fieldset>
  );
}
