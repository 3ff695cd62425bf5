/** A console failure in plain words: the server's own message where it has one. */
import type { ApiFailure } from '#app/panitia/api-client.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';

export function failureMessage(failure: ApiFailure, t: ReturnType<typeof usePanitiaT>): string {
  switch (failure.kind) {
    case 'unauthorized':
      return t.panitia.wrongToken;
    case 'rate_limited':
      return t.panitia.rateLimited(failure.retryAfter);
    case 'network':
      return t.panitia.serverDown;
    case 'error':
      return failure.message;
  }
}

export function FailureText({ failure }: { failure: ApiFailure | null }) {
  const t = usePanitiaT();
  if (!failure) return null;
  return (
    <p class="error-text" role="alert">
      {failureMessage(failure, t)}
    </p>
  );
}
