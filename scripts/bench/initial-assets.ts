/**
 * Which built files a juror's browser must fetch before the first screen: the entry script, its
 * modulepreloads and stylesheets named in index.html, and everything the entry reaches through
 * static imports. Dynamic `import()` chunks (lazy screens, the demo event) are deliberately left out.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

const TAG = /<(script|link)\b[^>]*>/gi;
// Static import/export-from declarations as the bundler prints them: `import{a as b}from"./x.js"`,
// `import"./x.js"`, `export{a}from"./x.js"`. A dynamic `import(` never matches: `(` is not a quote.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$\s{},*]*?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;

/** Absolute paths of the initial route's JS and CSS files. */
export async function initialAssets(distDir: string): Promise<string[]> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const roots = [...html.matchAll(TAG)]
    .flatMap((match) => assetOfTag(match[0]))
    .map((href) => join(distDir, href));
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift();
    if (file === undefined || seen.has(file)) continue;
    if (!existsSync(file))
      throw new Error(`index.html names a file that is not in the build: ${relative(distDir, file)}`);
    seen.add(file);
    if (file.endsWith('.js')) queue.push(...(await staticImportsOf(file)));
  }
  return [...seen];
}

async function staticImportsOf(file: string): Promise<string[]> {
  const code = await readFile(file, 'utf8');
  return (
    [...code.matchAll(STATIC_IMPORT)]
      .map((match) => resolve(dirname(file), match[1] ?? ''))
      // Only specifiers that are real files of the build count; anything else was text, not an import.
      .filter((path) => existsSync(path))
  );
}

function assetOfTag(tag: string): string[] {
  const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
  const isScript = /^<script/i.test(tag);
  const href = isScript ? attr('src') : attr('href');
  if (!href || /^[a-z]+:\/\//i.test(href)) return [];
  const rel = attr('rel')?.toLowerCase();
  const wanted = isScript ? attr('type') === 'module' : rel === 'stylesheet' || rel === 'modulepreload';
  return wanted ? [href.replace(/^\//, '')] : [];
}
