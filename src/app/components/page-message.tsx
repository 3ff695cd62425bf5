/** A page that only says something (loading, not found, missing step), with an optional way home. */
export function PageMessage({ message, link }: { message: string; link?: string }) {
  return (
    <main class="page">
      <p>{message}</p>
      {link && (
        <a class="btn" href="/">
          {link}
        </a>
      )}
    </main>
  );
}
