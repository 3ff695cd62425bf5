/**
 * A Chromium whose camera is a video file (made in the test from QR codes): the project's launch
 * options plus Chromium's fake media device, with the permission prompt answered yes.
 */
import { type Browser, chromium } from '@playwright/test';
import config from '../../../playwright.config.ts';

export function launchWithFakeCamera(video: string): Promise<Browser> {
  const launch = config.use?.launchOptions ?? {};
  return chromium.launch({
    ...launch,
    args: [
      ...(launch.args ?? []),
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
}
