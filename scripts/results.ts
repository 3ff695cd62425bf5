/** `npm run results -- --event ID [--data DIR] [--top 6,3] [--json]`: see scripts/results/run.ts. */
import { runResults } from './results/run.ts';

runResults(process.argv.slice(2), process.env, {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
