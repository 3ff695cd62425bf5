/** What the console shows without a usable token: why, and where to get one (never a blank page). */
import { useState } from 'preact/hooks';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import '#app/styles/panitia.css';

interface Props {
  title: string;
  message: string;
  refused?: boolean;
  onToken: (token: string) => void;
}

export function TokenPage({ title, message, refused, onToken }: Props) {
  const t = usePanitiaT();
  const [value, setValue] = useState('');
  return (
    <main class="page panitia-gate" data-testid={refused ? 'token-refused' : 'token-missing'}>
      <h1>{title}</h1>
      <p class={refused ? 'error-text' : undefined}>{message}</p>
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (value.trim()) onToken(value);
        }}
      >
        <label class="field">
          <span>{t.panitia.tokenLabel}</span>
          <input
            type="password"
            autoComplete="off"
            value={value}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="btn btn-primary" disabled={!value.trim()}>
          {t.panitia.useToken}
        </button>
      </form>
    </main>
  );
}
