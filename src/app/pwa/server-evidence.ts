/**
 * Turns the outcome of a real request to the Juri server into connection evidence. Only an answer
 * from our server counts as reachable: a JSON body, whatever its status (a 409 is still our server
 * answering), or a 304 — the empty "nothing changed" our server gives to the tablet's conditional
 * package request. A network error, a timeout, or a page that is not JSON (a captive portal, a
 * proxy's error page) all mean the server cannot be reached right now.
 */
import { connectivity } from '#app/pwa/connectivity.ts';
import type { HttpResult } from '#app/sync/http.ts';

export function reachedServer(result: HttpResult): boolean {
  return result.kind === 'response' && (result.json !== undefined || result.status === 304);
}

export function reportServerEvidence(result: HttpResult): void {
  connectivity.report(reachedServer(result));
}
