import { normalizeSuiAddress } from "./sui-address.js";
import type { VerifySignerOptions } from "./verify-sui-signature.js";

/**
 * The trusted signers of a client, read once (an iterator can be read only once) and checked now, so
 * that a mistyped address fails at creation rather than at the first response.
 *
 * @throws {TypeError} an entry is not a Sui address.
 */
export function readTrustedSigners({ trustedSigners }: VerifySignerOptions): VerifySignerOptions {
  return trustedSigners === undefined ? {} : { trustedSigners: [...trustedSigners].map(normalizeSuiAddress) };
}
