/**
 * What the README's picture scripts (console-screenshot.ts, berita-acara-pdf.ts) do as the demo
 * jurors' tablets would: enroll through the real API, send a juror's changes as one signed bundle,
 * and open Debian's Chromium to photograph the result.
 */
import { type Browser, chromium } from '@playwright/test';
import * as v from 'valibot';
import { type EnrollResponse, EnrollResponseSchema } from '#shared/api.ts';
import { BUNDLE_VERSION, GENESIS_HASH, signBundle } from '#shared/bundle.ts';
import type { ChangeEntry } from '#shared/sheet.ts';

/** Redeems `code` for a fresh tablet `deviceId`, as the enrollment page does. */
export async function enrollDemoTablet(
  serverUrl: string,
  code: string,
  deviceId: string,
): Promise<EnrollResponse> {
  const res = await fetch(`${serverUrl}/api/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceId, firstSeq: 1 }),
  });
  return v.parse(EnrollResponseSchema, await res.json());
}

/** The tablet's whole log (seq 1…n) as its first signed bundle; anything but 201 is an error. */
export async function sendFirstBundle(
  serverUrl: string,
  tablet: EnrollResponse,
  bundle: { bundleId: string; eventId: string; createdAt: string; changes: ChangeEntry[] },
): Promise<void> {
  const signed = await signBundle(
    {
      version: BUNDLE_VERSION,
      bundleId: bundle.bundleId,
      deviceId: tablet.device.deviceId,
      jurorId: tablet.juror.id,
      eventId: bundle.eventId,
      fromSeq: 1,
      toSeq: bundle.changes.length,
      prevHash: GENESIS_HASH,
      createdAt: bundle.createdAt,
      changes: bundle.changes,
    },
    tablet.device.secret,
  );
  const sent = await fetch(`${serverUrl}/api/bundles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tablet.device.token}` },
    body: JSON.stringify(signed),
  });
  if (sent.status !== 201) throw new Error(`bundle refused: ${sent.status} ${await sent.text()}`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
}
