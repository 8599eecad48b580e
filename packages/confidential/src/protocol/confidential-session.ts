import { aesGcm } from "../crypto/aes-gcm.js";
import { decodeBase64 } from "../crypto/base64.js";
import { DecryptionError, IntegrityError } from "../errors.js";

/** The encrypted part of a confidential response or stream event: both base64. */
export interface EncryptedPayload {
  /** The 12-byte AES-GCM nonce this payload was sealed with. */
  nonce: string;
  /** AES-256-GCM ciphertext with its 16-byte tag appended. */
  ciphertext: string;
}

/**
 * The key of one confidential request, kept to open its response or each event of its stream. It
 * holds the key in a private field: it is not enumerable, not serialized and not logged.
 */
export interface ConfidentialSession {
  /**
   * Decrypts a response (protocol step 6) or one stream event (step 7) with the request's key and the
   * nonce the payload carries. Check the plaintext with `verifyResponseHash` before trusting it.
   *
   * @returns The plaintext bytes: the UTF-8 JSON of the ordinary response or chunk.
   * @throws {DecryptionError} with type `invalid-base64`, `invalid-length`,
   *   `authentication-failed` (wrong key or nonce, tampered ciphertext or tag) or `session-destroyed`.
   * @throws {IntegrityError} `missing-field` when `nonce` or `ciphertext` is not a string.
   */
  open(payload: EncryptedPayload): Uint8Array;
  /** Zeroes the key. Later calls to `open` throw a `DecryptionError` (`session-destroyed`). */
  destroy(): void;
  /** Whether `destroy()` was called. */
  readonly destroyed: boolean;
}

const NONCE_LENGTH = 12;
const TAG_LENGTH = 16;

class Session implements ConfidentialSession {
  #key: Uint8Array | undefined;

  constructor(key: Uint8Array) {
    this.#key = key;
  }

  get destroyed(): boolean {
    return this.#key === undefined;
  }

  open({ nonce, ciphertext }: EncryptedPayload): Uint8Array {
    const key = this.#key;
    if (!key) {
      throw new DecryptionError("the confidential session was destroyed", { type: "session-destroyed" });
    }
    const nonceBytes = decodeField("nonce", nonce);
    if (nonceBytes.length !== NONCE_LENGTH) {
      throw new DecryptionError(`nonce has ${nonceBytes.length} bytes, not ${NONCE_LENGTH}`, {
        type: "invalid-length",
      });
    }
    const sealed = decodeField("ciphertext", ciphertext);
    if (sealed.length < TAG_LENGTH) {
      const message = `ciphertext has ${sealed.length} bytes, fewer than its ${TAG_LENGTH}-byte tag`;
      throw new DecryptionError(message, { type: "invalid-length" });
    }
    try {
      return aesGcm.decrypt(key, nonceBytes, sealed);
    } catch {
      // The library's exception is dropped: it was raised by code holding the key.
      throw new DecryptionError(
        "AES-256-GCM authentication failed: wrong key or nonce, or tampered ciphertext or tag",
        { type: "authentication-failed" },
      );
    }
  }

  destroy(): void {
    this.#key?.fill(0);
    this.#key = undefined;
  }
}

function decodeField(field: "nonce" | "ciphertext", value: unknown): Uint8Array {
  if (typeof value !== "string") {
    throw new IntegrityError(`the payload has no string ${field}`, { type: "missing-field" });
  }
  try {
    return decodeBase64(value);
  } catch (error) {
    // A Base64Error names a position, never the input: a safe cause.
    throw new DecryptionError(`${field} is not valid base64`, { type: "invalid-base64", cause: error });
  }
}

/**
 * A session that owns `key` (the caller must not keep or reuse it; `destroy()` zeroes it). Internal:
 * sessions come from `sealRequest`.
 */
export function createConfidentialSession(key: Uint8Array): ConfidentialSession {
  return new Session(key);
}
