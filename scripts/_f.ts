import { runFuzz } from './fuzz/run-fuzz.ts';

const r = await runFuzz({ runs: 60, seed: 20210316 });
console.log(r.failure);
console.log(r.problems.slice(0, 5));
