/**
 * The bare page the app's offline cold start is measured against (`npm run bench`): Vite + Preact +
 * Dexie, served by a Workbox precache like the app, reading the same event package (46 teams) from
 * IndexedDB and rendering the schedule's rows — and nothing else. The first visit stores the
 * package; every reload after that only reads it.
 */
import Dexie from 'dexie';
import { render } from 'preact';
import type { EventPackage } from '#shared/event.ts';

interface EventRow {
  id: string;
  pkg: EventPackage;
}

const EVENT_ID = 'kipp-malang-2021-latihan';
const db = new Dexie('bare-schedule');
db.version(1).stores({ events: '&id' });
const events = db.table<EventRow, string>('events');

async function readPackage(): Promise<EventPackage> {
  const row = await events.get(EVENT_ID);
  if (row) return row.pkg;
  const { DEMO_EVENT } = await import('#shared/demo/kipp-malang-2021.ts');
  await events.put({ id: EVENT_ID, pkg: DEMO_EVENT });
  return DEMO_EVENT;
}

function Schedule({ pkg }: { pkg: EventPackage }) {
  const teams = new Map(pkg.teams.map((team) => [team.id, team]));
  const slots = [...pkg.slots].sort((a, b) => a.day.localeCompare(b.day) || a.start.localeCompare(b.start));
  return (
    <ol>
      {slots.map((slot) => (
        <li key={slot.id}>
          <a href={`/nilai/${slot.teamId}`} data-team-id={slot.teamId}>
            <time>{slot.start}</time> {teams.get(slot.teamId)?.agency} · {teams.get(slot.teamId)?.title}
          </a>
        </li>
      ))}
    </ol>
  );
}

const root = document.getElementById('app');
void readPackage().then((pkg) => {
  if (root) render(<Schedule pkg={pkg} />, root);
  if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js');
});
