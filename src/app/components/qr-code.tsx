/**
 * A QR code drawn as SVG from uqr's module matrix: crisp when printed or filmed, black on white
 * whatever the theme, no HTML string injected. Enrollment cards and the score transfer both use it.
 */
import { encode, type QrCodeGenerateOptions } from 'uqr';

interface Props {
  text: string;
  label: string;
  /** uqr's error correction level; its default where not named. */
  ecc?: QrCodeGenerateOptions['ecc'];
  /** Quiet zone in modules. */
  border?: number;
  class?: string;
  testId?: string;
}

export function QrCode({ text, label, ecc, border = 2, class: className = 'qr-code', testId }: Props) {
  const { data, size } = encode(text, ecc ? { ecc, border } : { border });
  let path = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return (
    <svg
      class={className}
      data-testid={testId}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
