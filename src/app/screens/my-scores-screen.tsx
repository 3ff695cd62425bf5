// Placeholder: being built.
export function MyScoresScreen() {
  return <main class="page">…</main>;
}
