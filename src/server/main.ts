/**
 * `npm start`: reads the environment (PORT, HOST, DATA_DIR, DIST_DIR, PUBLIC_URL, TRUST_PROXY,
 * TLS_CERT/TLS_KEY, ORGANIZER_TOKEN), starts the server and prints what the organizer needs.
 */
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { bannerLines } from '#server/banner.ts';
import { startServer } from '#server/start.ts';
import { DEMO_EVENT } from '#shared/demo/kipp-malang-2021.ts';
import { DEMO_MINUTES } from '#shared/demo/kipp-malang-2021-minutes.ts';

const env = process.env;
const certFile = env.TLS_CERT;
const keyFile = env.TLS_KEY;
if (Boolean(certFile) !== Boolean(keyFile)) {
  console.error('TLS_CERT and TLS_KEY must be set together.');
  process.exit(1);
}

const server = await startServer({
  port: Number(env.PORT ?? 8787),
  host: env.HOST ?? '0.0.0.0',
  dataDir: resolve(env.DATA_DIR ?? './data'),
  distDir: resolve(env.DIST_DIR ?? './dist'),
  publicUrl: env.PUBLIC_URL || undefined,
  trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
  tls: certFile && keyFile ? { cert: readFileSync(certFile), key: readFileSync(keyFile) } : undefined,
  seedPackage: DEMO_EVENT,
  seedMinutes: DEMO_MINUTES,
  organizerToken: env.ORGANIZER_TOKEN || undefined,
});

const lanAddresses = Object.values(networkInterfaces())
  .flat()
  .filter((a) => a?.family === 'IPv4' && !a.internal)
  .map((a) => a?.address ?? '');
for (const line of bannerLines({ ...server, lanAddresses, publicUrl: env.PUBLIC_URL || undefined })) {
  console.log(line);
}

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: closing…`);
    server.close().then(() => process.exit(0));
  });
}
