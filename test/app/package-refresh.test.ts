import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getCredential } from '#app/db/credential-repo.ts';
import { db } from '#app/db/database.ts';
import { getEventPackage } from '#app/db/events-repo.ts';
import { listSheets } from '#app/db/sheets-repo.ts';
import { refreshPackage } from '#app/sync/package-refresh.ts';
import type { EventPackage } from '#shared/event.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';
import { EVENT_ID, emptyTablet, enrollLocally, scoreChanges } from './sync-fixtures.ts';

interface Seen {
  headers: Record<string, string>;
}

/** A server that answers the package request with `reply`, recording what the tablet sent. */
function packageServer(reply: () => Response, seen: Seen[]): typeof fetch {
  return async (_input, init) => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries((init?.headers ?? {}) as Record<string, string>))
      headers[k.toLowerCase()] = v;
    seen.push({ headers });
    return reply();
  };
}

function json(body: unknown, version: number): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json', 'X-Juri-Package-Version': String(version) },
  });
}

function movedPackage(version: number): EventPackage {
  const pkg = makeSmallEvent();
  pkg.event.packageVersion = version;
  const slot = pkg.slots.find((s) => s.teamId === 'dispendukcapil');
  if (slot) slot.start = '10:40';
  const withdrawn = pkg.teams.find((t) => t.id === 'smpn-5-malang');
  if (withdrawn) withdrawn.withdrawn = true;
  pkg.slots = pkg.slots.filter((s) => s.teamId !== 'smpn-5-malang');
  return pkg;
}

async function credential() {
  const found = await getCredential();
  if (!found) throw new Error('not enrolled');
  return found;
}

beforeEach(async () => {
  await emptyTablet();
  await enrollLocally({ token: 'tok', secret: 'sec' });
});

describe('package refresh', () => {
  it('asks with the version it holds and reports its queue and app version; 304 changes nothing', async () => {
    await scoreChanges(4);
    const seen: Seen[] = [];
    const outcome = await refreshPackage(await credential(), {
      fetchImpl: packageServer(() => new Response(null, { status: 304 }), seen),
    });
    expect(outcome).toBe('unchanged');
    expect(seen[0]?.headers).toMatchObject({
      'if-none-match': '"v0"',
      'x-juri-queue': '4',
      'x-juri-package-version': '0',
      authorization: 'Bearer tok',
    });
    expect(seen[0]?.headers['x-juri-app-version']).toMatch(/\+/);
  });

  it('applies a newer package: the moved team’s new time, a notice, and every score kept', async () => {
    await scoreChanges(9);
    const before = await listSheets(EVENT_ID, 'juri-1');
    const outcome = await refreshPackage(await credential(), {
      fetchImpl: packageServer(() => json(movedPackage(3), 3), []),
    });
    expect(outcome).toBe('updated');
    const pkg = await getEventPackage(EVENT_ID);
    expect(pkg?.event.packageVersion).toBe(3);
    expect(pkg?.slots.find((s) => s.teamId === 'dispendukcapil')?.start).toBe('10:40');
    expect(await listSheets(EVENT_ID, 'juri-1')).toEqual(before);
    expect(before.some((s) => s.teamId === 'smpn-5-malang')).toBe(true);
    const notice = (await db.meta.get('packageNotice'))?.value;
    expect(notice).toMatchObject({
      version: 3,
      moved: [{ title: 'Layanan Adminduk Drive-Thru', day: '2021-03-16', start: '10:40' }],
      removed: [{ title: 'Kelas Radio Belajar dari Rumah' }],
      refused: false,
    });
  });

  it('ignores an older or equal version', async () => {
    await refreshPackage(await credential(), {
      fetchImpl: packageServer(() => json(movedPackage(3), 3), []),
    });
    const outcome = await refreshPackage(await credential(), {
      fetchImpl: packageServer(
        () => json({ ...makeSmallEvent(), event: { ...makeSmallEvent().event, packageVersion: 2 } }, 2),
        [],
      ),
    });
    expect(outcome).toBe('unchanged');
    expect((await getEventPackage(EVENT_ID))?.event.packageVersion).toBe(3);
  });

  it('refuses an invalid package, keeps the old one and reports it on the next request', async () => {
    const broken = movedPackage(4);
    broken.slots.push({
      ...(broken.slots[0] ?? movedPackage(4).slots[0]),
      id: 'x',
      teamId: 'nobody',
    } as never);
    const outcome = await refreshPackage(await credential(), {
      fetchImpl: packageServer(() => json(broken, 4), []),
    });
    expect(outcome).toBe('refused');
    const kept = await getEventPackage(EVENT_ID);
    expect(kept?.event.packageVersion ?? 0).toBe(0);
    expect(kept?.slots.find((s) => s.teamId === 'dispendukcapil')?.start).toBe('08:30');
    expect((await db.meta.get('packageNotice'))?.value).toMatchObject({ refused: true });

    const seen: Seen[] = [];
    await refreshPackage(await credential(), {
      fetchImpl: packageServer(() => new Response(null, { status: 304 }), seen),
    });
    expect(seen[0]?.headers['x-juri-package-problem']).toMatch(
      /^v4: slots: jadwal menyebut peserta yang tidak ada/,
    );
  });
});
