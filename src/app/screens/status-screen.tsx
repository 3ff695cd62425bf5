// Placeholder: being built.
export function StatusScreen() {
  return <main class="page">…</main>;
}
