import { useT } from '#app/i18n/index.ts';

/** Says plainly that nothing leaves the tablet in demo mode. */
export function DemoNotice() {
  const t = useT();
  return (
    <p class="demo-notice">
      <strong class="demo-badge">{t.juror.demoBadge}</strong> {t.juror.demoNotice}
    </p>
  );
}
