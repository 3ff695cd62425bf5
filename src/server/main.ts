/**
 * `npm start`: reads the environment (PORT, HOST, DATA_DIR, DIST_DIR, PUBLIC_URL, TRUST_PROXY,
 * TLS_CERT/TLS_KEY, ORGANIZER_TOKEN), starts the server and prints what the organizer needs.
 */
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { type RunningServer, startServer } from '#server/start.ts';
import { DEMO_EVENT } from '#shared/demo/kipp-malang-2021.ts';

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
  organizerToken: env.ORGANIZER_TOKEN || undefined,
});

printBanner(server);

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: closing…`);
    server.close().then(() => process.exit(0));
  });
}

function printBanner(s: RunningServer): void {
  const scheme = s.url.split('://')[0];
  const lan = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a?.family === 'IPv4' && !a.internal)
    .map((a) => `${scheme}://${a?.address}:${s.port}`);
  console.log(`Juri server: ${s.url}${lan.length ? `  (LAN: ${lan.join(', ')})` : ''}`);
  if (scheme === 'http' && !env.PUBLIC_URL) {
    console.log(
      'Tablets need HTTPS outside localhost: set TLS_CERT/TLS_KEY, or PUBLIC_URL behind a TLS reverse proxy.',
    );
  }
  console.log(`Organizer token: ${s.organizerToken}`);
  // Tablets cannot reach "localhost": without PUBLIC_URL, links point at the first LAN address.
  const origin = env.PUBLIC_URL ? undefined : lan[0];
  if (s.enrollments.length) console.log('Enrollment codes (kode pendaftaran):');
  for (const e of s.enrollments) {
    const url = origin ? e.url.replace(s.url, origin) : e.url;
    console.log(`  ${e.code}  ${e.name} (${e.jurorId})  ${url}  until ${e.expiresAt}`);
  }
}
