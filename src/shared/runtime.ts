/**
 * Browsers and Node ≥ 19 both expose WebCrypto and TextEncoder as globals, but shared code must not
 * see DOM or Node typings. This names only the parts shared code uses, in one place.
 */
import { toHex } from '#shared/hex.ts';

interface SharedCryptoKey {
  readonly type: string;
}
interface SharedSubtleCrypto {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: { name: 'HMAC'; hash: 'SHA-256' },
    extractable: false,
    usages: ('sign' | 'verify')[],
  ): Promise<SharedCryptoKey>;
  sign(algorithm: 'HMAC', key: SharedCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
}
interface SharedRuntime {
  crypto: { readonly subtle: SharedSubtleCrypto; getRandomValues<T extends Uint8Array>(array: T): T };
  TextEncoder: new () => { encode(input: string): Uint8Array };
}

const runtime = globalThis as unknown as SharedRuntime;

export const subtle = (): SharedSubtleCrypto => runtime.crypto.subtle;
export const encodeUtf8 = (text: string): Uint8Array => new runtime.TextEncoder().encode(text);

/** A random URL-safe id, e.g. for bundle and device ids. */
export function randomId(bytes = 16): string {
  return toHex(runtime.crypto.getRandomValues(new Uint8Array(bytes)));
}
