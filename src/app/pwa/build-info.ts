/** Which build of the app is running, shown on the status screen so a juror can read it to support. */

// `typeof` keeps modules importable where Vite's `define` did not run (unit tests).
export const APP_VERSION: string = typeof __JURI_VERSION__ === 'string' ? __JURI_VERSION__ : '0.0.0';
export const BUILD_ID: string = typeof __JURI_BUILD_ID__ === 'string' ? __JURI_BUILD_ID__ : 'dev';
