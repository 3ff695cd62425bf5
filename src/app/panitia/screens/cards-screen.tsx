/**
 * The printable enrollment cards: one A4 page, a card per juror with the QR code of their enrollment
 * link, the typed code, the expiry and three steps. The QR is drawn here (uqr, in the console chunk).
 */
import { useEffect, useState } from 'preact/hooks';
import { QrCode } from '#app/components/qr-code.tsx';
import { useLang } from '#app/i18n/index.ts';
import type { ApiFailure } from '#app/panitia/api-client.ts';
import { FailureText } from '#app/panitia/components/failure-text.tsx';
import { formatLongDate, ZONE_LABEL } from '#app/panitia/format.ts';
import { useAdminAction, useAdminQuery } from '#app/panitia/use-admin.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import { type EnrollmentCard, EnrollmentCardsSchema, EventDetailSchema } from '#shared/admin-api.ts';
import '#app/styles/enroll-cards.css';

export function CardsScreen({ eventId }: { eventId?: string }) {
  const t = usePanitiaT();
  const lang = useLang();
  const id = eventId ?? '';
  const detail = useAdminQuery(`/events/${id}`, EventDetailSchema);
  const issue = useAdminAction();
  const [cards, setCards] = useState<EnrollmentCard[] | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  // Printing makes sure every juror has an open code: a POST, run once when the page opens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: issue.run is recreated each render
  useEffect(() => {
    void issue.run('POST', `/events/${id}/cards`, EnrollmentCardsSchema).then((result) => {
      if (result.ok) setCards(result.value.cards);
      else setFailure(result.failure);
    });
  }, [id]);
  const event = detail.data?.package.event;
  const zone = event?.timezone ?? 'Asia/Jakarta';
  return (
    <main class="cards-page">
      <div class="no-print button-row">
        <a class="btn" href={`/panitia/acara/${id}/juri`}>
          {t.panitia.back}
        </a>
        <button type="button" class="btn btn-primary" onClick={() => window.print()} disabled={!cards}>
          {t.panitia.print}
        </button>
      </div>
      <FailureText failure={failure} />
      <section class="sheet-a4" aria-label={t.panitia.cardsTitle}>
        {cards?.map((card) => (
          <article class="enroll-card" key={card.jurorId} data-juror-id={card.jurorId} data-url={card.url}>
            <header>
              <span class="card-org">{event?.organiser}</span>
              <span class="card-event">{event?.name}</span>
              <span class="card-heading">{t.panitia.cardHeading}</span>
            </header>
            <div class="card-body">
              <div class="card-qr" data-testid="card-qr">
                <QrCode text={card.url} label={`${t.panitia.cardCode} ${card.code}`} />
              </div>
              <div class="card-text">
                <strong class="card-name">{card.name}</strong>
                {(card.title || card.institution) && (
                  <span>{[card.title, card.institution].filter(Boolean).join(', ')}</span>
                )}
                <span class="card-code-label">{t.panitia.cardCode}</span>
                <span class="card-code" data-testid="card-code">
                  {card.code.slice(0, 4)}-{card.code.slice(4)}
                </span>
                <span class="card-expiry">
                  {t.panitia.cardExpires(
                    `${formatLongDate(card.expiresAt, lang, zone)} ${ZONE_LABEL[zone] ?? ''}`,
                  )}
                </span>
              </div>
            </div>
            <ol class="card-steps">
              {t.panitia.cardSteps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </article>
        ))}
      </section>
    </main>
  );
}
