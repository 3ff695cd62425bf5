import { useT } from '#app/i18n/index.ts';

export function NotFoundScreen() {
  const t = useT();
  return (
    <main class="page">
      <p>{t.common.notFound}</p>
      <a class="btn" href="/">
        {t.common.toSchedule}
      </a>
    </main>
  );
}
