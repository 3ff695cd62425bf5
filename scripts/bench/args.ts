/** Command-line options of `npm run bench`. */
export interface BenchArgs {
  /** Write the figures as JSON to this file. */
  json?: string;
  /** Run only this section. */
  only?: string;
  /** Use this existing build instead of building into a temporary directory. */
  dist?: string;
}

export const USAGE = 'usage: npm run bench -- [--only <section>] [--json FILE] [--dist DIR]';

const FLAGS: Record<string, keyof BenchArgs> = { '--json': 'json', '--only': 'only', '--dist': 'dist' };

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag = '', inline] = (argv[i] ?? '').split(/=(.*)/s);
    const key = FLAGS[flag];
    if (!key) throw new Error(`unknown option ${argv[i]}\n${USAGE}`);
    const value = inline ?? argv[++i];
    if (!value || value.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
    args[key] = value;
  }
  return args;
}
