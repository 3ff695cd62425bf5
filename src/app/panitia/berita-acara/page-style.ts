/**
 * The printed page's frame as CSS, written per document because it carries the document's own text:
 * A4 with a running footer (short fingerprint, "Halaman X dari Y") in the page margins, and while the
 * ranking is sementara a red DRAF line at the top of every page. Chromium prints @page margin boxes
 * (since 131); the fixed watermark in the page repeats on every sheet as well.
 */
import type { MinutesDocument } from '#shared/berita-acara/model.ts';

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

export function pageStyle(doc: MinutesDocument): string {
  const footer = cssString(`${doc.footer.title} · sidik data ${doc.footer.fingerprint}…`);
  const draft = doc.final
    ? ''
    : `@top-center { content: ${cssString('DRAF — PERINGKAT SEMENTARA — BELUM FINAL, JANGAN DITANDATANGANI')}; color: #b00000; font: 700 9pt sans-serif; }`;
  return `@page {
  size: A4;
  margin: 18mm 18mm 20mm 22mm;
  @bottom-left { content: ${footer}; font: 7pt sans-serif; color: #444; }
  @bottom-right { content: "Halaman " counter(page) " dari " counter(pages); font: 8pt sans-serif; color: #444; }
  ${draft}
}`;
}
