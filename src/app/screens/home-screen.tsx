// Placeholder: being built.
export function HomeScreen() {
  return <main class="page">…</main>;
}
