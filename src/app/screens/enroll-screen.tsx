// Placeholder: being built.
export function EnrollScreen() {
  return <main class="page">…</main>;
}
