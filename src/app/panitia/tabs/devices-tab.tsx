/** The tablets: who holds each, when it last called, what it runs and still holds; revoke and replace. */
import { useState } from 'preact/hooks';
import { QrCode } from '#app/components/qr-code.tsx';
import { useLang } from '#app/i18n/index.ts';
import { ConfirmDialog } from '#app/panitia/components/confirm-dialog.tsx';
import { FailureText } from '#app/panitia/components/failure-text.tsx';
import { formatAgo } from '#app/panitia/format.ts';
import type { TabProps } from '#app/panitia/screens/event-screen.tsx';
import { useAdminAction, useAdminQuery } from '#app/panitia/use-admin.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import {
  type DeviceInfo,
  DeviceListSchema,
  type EnrollmentCard,
  ReplaceDeviceResponseSchema,
  RevokeResponseSchema,
} from '#shared/admin-api.ts';

type Pending = { kind: 'revoke' | 'replace'; device: DeviceInfo } | null;

export function DevicesTab({ detail }: TabProps) {
  const t = usePanitiaT();
  const lang = useLang();
  const pkg = detail.package;
  const devices = useAdminQuery(`/events/${pkg.event.id}/devices`, DeviceListSchema, 15_000);
  const action = useAdminAction();
  const [pending, setPending] = useState<Pending>(null);
  const [card, setCard] = useState<EnrollmentCard | null>(null);
  const name = (jurorId: string) => pkg.jurors.find((j) => j.id === jurorId)?.name ?? jurorId;
  const now = Date.now();

  const confirm = async (p: NonNullable<Pending>) => {
    setPending(null);
    const path = `/devices/${encodeURIComponent(p.device.deviceId)}/${p.kind}`;
    if (p.kind === 'revoke') await action.run('POST', path, RevokeResponseSchema);
    else {
      const result = await action.run('POST', path, ReplaceDeviceResponseSchema);
      if (result.ok) setCard(result.value.card);
    }
    await devices.reload();
  };

  const list = devices.data?.devices ?? [];
  return (
    <section class="card">
      <p class="muted">{t.panitia.devicesIntro}</p>
      <FailureText failure={devices.failure ?? action.failure} />
      {card && (
        <div class="replace-card" role="status">
          <p>{t.panitia.replaced(card.name, card.code)}</p>
          <div class="card-qr">
            <QrCode text={card.url} label={card.code} />
          </div>
        </div>
      )}
      {devices.data && list.length === 0 && <p>{t.panitia.noDevices}</p>}
      {list.length > 0 && (
        <div class="table-scroll">
          <table class="console-table" data-testid="device-table">
            <thead>
              <tr>
                <th scope="col">{t.panitia.colJuror}</th>
                <th scope="col">{t.panitia.colLastSeen}</th>
                <th scope="col">{t.panitia.colApp}</th>
                <th scope="col">{t.panitia.colQueue}</th>
                <th scope="col">{t.panitia.colPackage}</th>
                <th scope="col">{t.panitia.colStatus}</th>
                <th scope="col">{t.panitia.colActions}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((d) => (
                <tr key={d.deviceId} data-device-id={d.deviceId}>
                  <td>
                    {name(d.jurorId)}
                    <br />
                    <span class="muted">{d.deviceId}</span>
                  </td>
                  <td>{formatAgo(d.lastSeenAt, now, lang)}</td>
                  <td>{d.appVersion ?? '—'}</td>
                  <td data-testid="queue">{d.queueLength ?? '—'}</td>
                  <td>
                    {d.packageVersion ?? '—'}
                    {d.packageProblem && (
                      <span class="error-text"> · {t.panitia.packageRefused(d.packageProblem)}</span>
                    )}
                  </td>
                  <td>{d.revokedAt ? t.panitia.revoked : t.panitia.active}</td>
                  <td class="actions">
                    {!d.revokedAt && (
                      <>
                        <button
                          type="button"
                          class="btn"
                          onClick={() => setPending({ kind: 'replace', device: d })}
                        >
                          {t.panitia.replace}
                        </button>
                        <button
                          type="button"
                          class="btn btn-danger"
                          onClick={() => setPending({ kind: 'revoke', device: d })}
                        >
                          {t.panitia.revoke}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pending && (
        <ConfirmDialog
          title={pending.kind === 'revoke' ? t.panitia.revokeTitle : t.panitia.replaceTitle}
          message={
            pending.kind === 'revoke'
              ? t.panitia.revokeMessage(name(pending.device.jurorId))
              : t.panitia.replaceMessage(name(pending.device.jurorId))
          }
          confirmLabel={pending.kind === 'revoke' ? t.panitia.revoke : t.panitia.replace}
          danger
          onCancel={() => setPending(null)}
          onConfirm={() => void confirm(pending)}
        />
      )}
    </section>
  );
}
