import { useJurorT } from '#app/i18n/use-juror-t.ts';

interface Props {
  jurorName: string;
  eventName: string;
}

/** The integrity pact itself: independence, confidentiality, conflicts of interest, no contact. */
export function PactText({ jurorName, eventName }: Props) {
  const t = useJurorT();
  return (
    <div class="pact-text">
      <p>{t.juror.pactIntro(jurorName, eventName)}</p>
      <ol>
        {t.juror.pactPoints.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ol>
    </div>
  );
}
