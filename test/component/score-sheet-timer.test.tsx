import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SlotTimer } from '#app/components/sheet/slot-timer.tsx';
import { formatClock, readTimer } from '#app/components/sheet/timer-phase.ts';
import { useUi } from '#app/store/ui-store.ts';

describe('readTimer', () => {
  it.each([
    ['before starting', 0, { phase: 'presentation', ms: 7 * 60_000 }],
    ['one second before the switch', 7 * 60_000 - 1000, { phase: 'presentation', ms: 1000 }],
    ['at the switch', 7 * 60_000, { phase: 'interview', ms: 13 * 60_000 }],
    ['at the end of the slot', 20 * 60_000, { phase: 'overtime', ms: 0 }],
    ['90 s over', 21.5 * 60_000, { phase: 'overtime', ms: 90_000 }],
    ['a clock that went backwards', -5000, { phase: 'presentation', ms: 7 * 60_000 }],
  ])('%s', (_name, elapsed, expected) => {
    expect(readTimer(elapsed, 7, 13)).toEqual(expected);
  });

  it('goes straight to overtime when a slot has no interview', () => {
    expect(readTimer(10 * 60_000, 10, 0)).toEqual({ phase: 'overtime', ms: 0 });
  });

  it.each([
    [420_000, 'presentation', '07:00'],
    [419_001, 'presentation', '07:00'],
    [61_000, 'interview', '01:01'],
    [999, 'overtime', '00:00'],
    [754_000, 'overtime', '12:34'],
  ] as const)('formats %i ms of %s as %s', (ms, phase, text) => {
    expect(formatClock(ms, phase)).toBe(text);
  });
});

describe('SlotTimer', () => {
  beforeEach(() => {
    useUi.setState({ lang: 'id' });
    vi.useFakeTimers({ now: new Date('2021-03-16T01:30:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const phase = () => document.querySelector('.timer-phase')?.textContent;
  const clock = () => screen.getByRole('timer').textContent;
  const advance = (ms: number) => {
    act(() => {
      vi.advanceTimersByTime(ms);
    });
  };

  it('runs presentation → interview → overtime, saying the phase in words as the colour changes', () => {
    const { container } = render(
      <SlotTimer eventId="kipp-malang-2021" slotId="timer-a" presentationMinutes={7} interviewMinutes={13} />,
    );
    const box = container.querySelector('.slot-timer');
    expect(phase()).toBe('Presentasi');
    expect(clock()).toBe('07:00 sisa');

    fireEvent.click(screen.getByRole('button', { name: 'Mulai' }));
    advance(60_000);
    expect(clock()).toBe('06:00 sisa');

    advance(6 * 60_000);
    expect(phase()).toBe('Wawancara');
    expect(box?.classList.contains('phase-interview')).toBe(true);

    advance(14 * 60_000);
    expect(phase()).toBe('Lewat waktu');
    expect(clock()).toBe('+01:00');
    expect(box?.classList.contains('phase-overtime')).toBe(true);
  });

  it('pauses, resumes and resets', () => {
    render(
      <SlotTimer eventId="kipp-malang-2021" slotId="timer-b" presentationMinutes={7} interviewMinutes={13} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Mulai' }));
    advance(30_000);
    fireEvent.click(screen.getByRole('button', { name: 'Jeda' }));
    advance(5 * 60_000);
    expect(clock()).toBe('06:30 sisa');
    expect(phase()).toBe('Presentasi · dijeda');

    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    advance(30_000);
    expect(clock()).toBe('06:00 sisa');

    fireEvent.click(screen.getByRole('button', { name: 'Ulang' }));
    expect(clock()).toBe('07:00 sisa');
    expect(screen.getByRole('button', { name: 'Mulai' })).toBeTruthy();
  });

  it('keeps running while the juror visits another screen', () => {
    const first = render(
      <SlotTimer eventId="kipp-malang-2021" slotId="timer-c" presentationMinutes={7} interviewMinutes={13} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Mulai' }));
    first.unmount();
    vi.advanceTimersByTime(8 * 60_000);

    render(
      <SlotTimer eventId="kipp-malang-2021" slotId="timer-c" presentationMinutes={7} interviewMinutes={13} />,
    );
    expect(phase()).toBe('Wawancara');
    expect(clock()).toBe('12:00 sisa');
  });

  it("keys the clock by event and slot: the practice copy never shares the real event's running timer", () => {
    const real = render(
      <SlotTimer eventId="kipp" slotId="d1-01" presentationMinutes={7} interviewMinutes={13} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Mulai' }));
    advance(2 * 60_000);
    real.unmount();

    const practice = render(
      <SlotTimer eventId="kipp-latihan" slotId="d1-01" presentationMinutes={7} interviewMinutes={13} />,
    );
    expect(clock()).toBe('07:00 sisa');
    expect(screen.getByRole('button', { name: 'Mulai' })).toBeTruthy();
    practice.unmount();

    render(<SlotTimer eventId="kipp" slotId="d1-01" presentationMinutes={7} interviewMinutes={13} />);
    expect(clock()).toBe('05:00 sisa');
  });
});
