import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '#server/db.ts';
const dir = mkdtempSync(join(tmpdir(), 'zz-'));
const db = openDatabase(join(dir, 'a.sqlite'));
db.prepare("INSERT INTO events VALUES ('e','{}','x')").run();
for (let d = 0; d < 10; d++) db.prepare("INSERT INTO devices (device_id,event_id,juror_id,token_hash,secret,next_seq,last_hash,created_at,enrolled_at) VALUES (?,?,?,?,?,?,?,?,?)").run(`d${d}`,'e','j',`t${d}`,'s',1,'h','x','x');
const ib = db.prepare('INSERT INTO bundles (bundle_id, device_id, event_id, juror_id, from_seq, to_seq, hash, body, receipt, received_at) VALUES (?,?,?,?,?,?,?,?,?,?)');
const ic = db.prepare('INSERT INTO changes (device_id, seq, bundle_id, event_id, juror_id, team_id, kind, criterion_id, old_value, new_value, at, reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)');
const sh = db.prepare(`INSERT INTO sheets (event_id, juror_id, team_id, sheet, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(event_id, juror_id, team_id) DO UPDATE SET sheet = excluded.sheet, updated_at = excluded.updated_at`);
const gd = db.prepare('SELECT * FROM devices WHERE device_id = ?');
const adv = db.prepare('UPDATE devices SET next_seq = ?, last_hash = ? WHERE device_id = ?');
const body = 'x'.repeat(900); const sheet = 'y'.repeat(500); const rec = 'z'.repeat(250);
for (const mode of ['bc', 'bc+sheet', 'bc+sheet+dev', 'all-immediate']) {
  const t0 = performance.now();
  for (let i = 0; i < 3000; i++) {
    const d = `d${i % 10}`; const seq = Math.floor(i / 10) + 1 + (mode === 'bc' ? 0 : mode === 'bc+sheet' ? 1000 : mode === 'bc+sheet+dev' ? 2000 : 3000);
    const fn = () => {
      gd.get(d);
      ib.run(`b-${mode}-${i}`, d, 'e', 'j', seq, seq, 'h', body, rec, 'x');
      ic.run(d, seq, `b-${mode}-${i}`, 'e', 'j', 't', 'score', 'c', '1', '2', 'x', null);
      if (mode !== 'bc') sh.run('e', `j${i % 10}`, `t${i % 46}`, sheet, 'x');
      if (mode === 'bc+sheet+dev' || mode === 'all-immediate') adv.run(seq + 1, 'h', d);
    };
    if (mode === 'all-immediate') db.transaction(fn).immediate(); else db.transaction(fn)();
  }
  console.log(mode, Math.round(3000 / ((performance.now() - t0) / 1000)), 'tx/s');
}
import { Worker } from 'node:worker_threads';
const burners = [0, 1].map(() => new Worker('const end = Date.now() + 8000; while (Date.now() < end) {}', { eval: true }));
await new Promise((r) => setTimeout(r, 200));
{
  const t0 = performance.now();
  for (let i = 0; i < 3000; i++) {
    const d = `d${i % 10}`; const seq = Math.floor(i / 10) + 1 + 5000;
    db.transaction(() => { gd.get(d); ib.run(`b-burn-${i}`, d, 'e', 'j', seq, seq, 'h', body, rec, 'x'); ic.run(d, seq, `b-burn-${i}`, 'e', 'j', 't', 'score', 'c', '1', '2', 'x', null); sh.run('e', `j${i % 10}`, `t${i % 46}`, sheet, 'x'); adv.run(seq + 1, 'h', d); }).immediate();
  }
  console.log('with 2 burners', Math.round(3000 / ((performance.now() - t0) / 1000)), 'tx/s');
}
await Promise.all(burners.map((b) => b.terminate()));
