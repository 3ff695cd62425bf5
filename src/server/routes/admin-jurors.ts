/**
 * Organizer routes for the panel: add and edit jurors, declare conflicts of interest in advance,
 * print enrollment cards (an open code per juror) and re-issue a juror's code.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { issueEnrollment } from '#server/enrollment.ts';
import { apiError, fail } from '#server/http/errors.ts';
import { enrollmentUrl, publicOrigin } from '#server/http/origin.ts';
import { readJson } from '#server/http/read-json.ts';
import { ok, publishChange, type Result, recordAudit, refuse } from '#server/publish.ts';
import type { RouteDeps } from '#server/routes/deps.ts';
import type { Enrollment, Store } from '#server/store/index.ts';
import { type EnrollmentCard, SaveJurorRequestSchema, SetConflictRequestSchema } from '#shared/admin-api.ts';
import type { EventPackage, Juror } from '#shared/event.ts';

export function adminJurorRoutes(deps: RouteDeps): Hono {
  const { store, now } = deps;
  const app = new Hono();

  app.post('/events/:eventId/jurors', async (c) => {
    const body = await readJson(c, SaveJurorRequestSchema);
    if (!body.ok) return apiError(c, body.failure);
    const result = publishChange(store, c.req.param('eventId'), now(), (pkg) => {
      const juror: Juror = { id: freeJurorId(pkg), ...body.value };
      return ok({
        pkg: { ...pkg, jurors: [...pkg.jurors, juror] },
        note: {
          kind: 'juror_saved',
          summary: `Juri ditambahkan: ${juror.name}`,
          detail: { jurorId: juror.id },
        },
      });
    });
    return result.ok ? c.json(result.value, 201) : apiError(c, result.failure);
  });

  app.put('/events/:eventId/jurors/:jurorId', async (c) => {
    const body = await readJson(c, SaveJurorRequestSchema);
    if (!body.ok) return apiError(c, body.failure);
    const jurorId = c.req.param('jurorId');
    const result = publishChange(store, c.req.param('eventId'), now(), (pkg) => {
      const old = pkg.jurors.find((j) => j.id === jurorId);
      if (!old) return refuse(fail('juror_not_found', `juri ${jurorId} tidak ada`));
      const { title: _t, institution: _i, ...kept } = old;
      const juror: Juror = { ...kept, ...body.value };
      return ok({
        pkg: { ...pkg, jurors: pkg.jurors.map((j) => (j.id === jurorId ? juror : j)) },
        note: { kind: 'juror_saved', summary: `Data juri diubah: ${juror.name}`, detail: { jurorId } },
      });
    });
    return result.ok ? c.json(result.value) : apiError(c, result.failure);
  });

  app.delete('/events/:eventId/jurors/:jurorId', (c) => {
    const jurorId = c.req.param('jurorId');
    const eventId = c.req.param('eventId');
    const result = publishChange(store, eventId, now(), (pkg) => {
      const juror = pkg.jurors.find((j) => j.id === jurorId);
      if (!juror) return refuse(fail('juror_not_found', `juri ${jurorId} tidak ada`));
      const hasTablet = store.devices.listOfEvent(eventId).some((d) => d.jurorId === jurorId);
      if (hasTablet || store.sheets.jurorHasSheets(eventId, jurorId))
        return refuse(
          fail('juror_active', `${juror.name} sudah punya tablet atau nilai; cabut akses tabletnya saja`),
        );
      store.enrollments.expireOpen(eventId, jurorId, now().toISOString());
      return ok({
        pkg: {
          ...pkg,
          jurors: pkg.jurors.filter((j) => j.id !== jurorId),
          conflicts: (pkg.conflicts ?? []).filter((k) => k.jurorId !== jurorId),
        },
        note: { kind: 'juror_removed', summary: `Juri dihapus: ${juror.name}`, detail: { jurorId } },
      });
    });
    return result.ok ? c.json(result.value) : apiError(c, result.failure);
  });

  app.put('/events/:eventId/conflicts', async (c) => {
    const body = await readJson(c, SetConflictRequestSchema);
    if (!body.ok) return apiError(c, body.failure);
    const { jurorId, teamId, reason } = body.value;
    const result = publishChange(store, c.req.param('eventId'), now(), (pkg) => {
      const juror = pkg.jurors.find((j) => j.id === jurorId);
      if (!juror) return refuse(fail('juror_not_found', `jurorId: juri ${jurorId} tidak ada`));
      const team = pkg.teams.find((t) => t.id === teamId);
      if (!team) return refuse(fail('team_not_found', `teamId: peserta ${teamId} tidak ada`));
      const others = (pkg.conflicts ?? []).filter((k) => k.jurorId !== jurorId || k.teamId !== teamId);
      return ok({
        pkg: { ...pkg, conflicts: reason === null ? others : [...others, { jurorId, teamId, reason }] },
        note: {
          kind: 'conflict_declared',
          summary:
            reason === null
              ? `Konflik kepentingan dibatalkan: ${juror.name} – ${team.title}`
              : `Konflik kepentingan: ${juror.name} – ${team.title}`,
          reason,
          detail: { jurorId, teamId },
        },
      });
    });
    return result.ok ? c.json(result.value) : apiError(c, result.failure);
  });

  app.post('/events/:eventId/cards', (c) => {
    const eventId = c.req.param('eventId');
    const pkg = store.events.get(eventId);
    if (!pkg) return apiError(c, fail('event_not_found', `event ${eventId} not found`));
    if (pkg.teams.length === 0 || pkg.jurors.length === 0)
      return apiError(c, fail('event_incomplete', 'acara belum punya peserta atau juri'));
    const at = now();
    const cards = store.transaction(() =>
      pkg.jurors.map((juror) => {
        const open = store.enrollments.findOpen(eventId, juror.id, at.toISOString());
        const enrollment =
          open ?? issueOrThrow(issueEnrollment(store, eventId, juror.id, at, deps.enrollmentTtlMs));
        return cardFor(c, deps, store, pkg, juror, enrollment);
      }),
    );
    return c.json({ cards });
  });

  app.post('/events/:eventId/jurors/:jurorId/code', (c) => {
    const eventId = c.req.param('eventId');
    const jurorId = c.req.param('jurorId');
    const result = reissueCode(c, deps, eventId, jurorId);
    return result.ok ? c.json(result.value, 201) : apiError(c, result.failure);
  });

  return app;
}

/** A new code for the juror; every open code of theirs stops working. */
export function reissueCode(
  c: Context,
  deps: RouteDeps,
  eventId: string,
  jurorId: string,
): Result<EnrollmentCard> {
  const { store, now } = deps;
  const at = now();
  return store.transaction((): Result<EnrollmentCard> => {
    const pkg = store.events.get(eventId);
    if (!pkg) return refuse(fail('event_not_found', `event ${eventId} not found`));
    const juror = pkg.jurors.find((j) => j.id === jurorId);
    if (!juror) return refuse(fail('juror_not_found', `juri ${jurorId} tidak ada`));
    store.enrollments.expireOpen(eventId, jurorId, at.toISOString());
    const issued = issueEnrollment(store, eventId, jurorId, at, deps.enrollmentTtlMs);
    if (!issued.ok) return issued;
    recordAudit(store, eventId, at, {
      kind: 'code_issued',
      summary: `Kode pendaftaran baru untuk ${juror.name}; kode lama tidak berlaku`,
    });
    return ok(cardFor(c, deps, store, pkg, juror, issued.value));
  });
}

function cardFor(
  c: Context,
  deps: RouteDeps,
  store: Store,
  pkg: EventPackage,
  juror: Juror,
  enrollment: Enrollment,
): EnrollmentCard {
  const enrolled = store.devices
    .listOfEvent(pkg.event.id)
    .some((d) => d.jurorId === juror.id && d.revokedAt === null);
  return {
    jurorId: juror.id,
    name: juror.name,
    ...(juror.title ? { title: juror.title } : {}),
    ...(juror.institution ? { institution: juror.institution } : {}),
    code: enrollment.code,
    url: enrollmentUrl(publicOrigin(c, deps.publicUrl), enrollment.code),
    expiresAt: enrollment.expiresAt,
    enrolled,
  };
}

function freeJurorId(pkg: EventPackage): string {
  const taken = new Set(pkg.jurors.map((j) => j.id));
  for (let n = pkg.jurors.length + 1; ; n++) if (!taken.has(`j${n}`)) return `j${n}`;
}

function issueOrThrow<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.failure.message);
  return result.value;
}
