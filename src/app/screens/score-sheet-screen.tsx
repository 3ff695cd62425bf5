// Placeholder: being built.
export function ScoreSheetScreen() {
  return <main class="page">…</main>;
}
