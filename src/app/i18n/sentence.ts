/**
 * Ends a sentence with one full stop: a name such as "Dr. Retno, M.Si." already ends in one, and
 * "…untuk Dr. Retno, M.Si.." reads as a typo on the first screen a juror sees.
 */
export function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
