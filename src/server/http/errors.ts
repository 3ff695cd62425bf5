/** The one error envelope: `{ error: { code, message } }`, with the status fixed by the code. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { API_ERROR_STATUS, type ApiError, type ApiErrorCode } from '#shared/api.ts';

export interface ApiFailure {
  code: ApiErrorCode;
  message: string;
  expectedSeq?: number;
}

export function apiError(c: Context, failure: ApiFailure, headers?: Record<string, string>): Response {
  const body: ApiError = { error: failure };
  const status: ContentfulStatusCode = API_ERROR_STATUS[failure.code];
  return c.json(body, status, headers);
}

export const fail = (code: ApiErrorCode, message: string): ApiFailure => ({ code, message });
