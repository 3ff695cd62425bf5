import { measureFullEventSync } from './full-event-sync.ts';
console.log(await measureFullEventSync(undefined));
