import { AtomaError } from "@atoma-ts/client";
import { hasErrorName } from "@atoma-ts/client/internal";

/** A string that is not valid standard base64 (RFC 4648 §4, with padding). */
export class Base64Error extends AtomaError {
  static {
    this.prototype.name = "Base64Error";
  }
}

/**
 * Why a confidential payload could not be opened:
 * - `invalid-base64`: `nonce` or `ciphertext` is not valid base64;
 * - `invalid-length`: the nonce is not 12 bytes, or the ciphertext is shorter than its 16-byte tag;
 * - `authentication-failed`: AES-256-GCM rejected the tag (wrong key or nonce, or tampered bytes);
 * - `session-destroyed`: the session's key was already zeroed by `destroy()`;
 * - `invalid-plaintext`: the payload decrypted and its hash and signature held, but the plaintext is
 *   not the JSON object it should be (the error carries none of it).
 */
export type DecryptionErrorType =
  "invalid-base64" | "invalid-length" | "authentication-failed" | "session-destroyed" | "invalid-plaintext";

/** What a {@link DecryptionError} is made from. */
export interface DecryptionErrorOptions {
  type: DecryptionErrorType;
  /** A sanitized cause (never a library exception that could hold key bytes). */
  cause?: unknown;
}

/**
 * A confidential response (or stream event) could not be decrypted. The message says what was wrong
 * and never holds key material or plaintext.
 */
export class DecryptionError extends AtomaError {
  static {
    this.prototype.name = "DecryptionError";
  }
  readonly type: DecryptionErrorType;

  constructor(message: string, { type, ...options }: DecryptionErrorOptions) {
    super(message, options);
    this.type = type;
  }
}

/**
 * Why a response failed verification:
 * - `missing-field`: `signature` or `response_hash` is absent (or not a string);
 * - `malformed`: a hash or signature that is not base64 or has the wrong length, or signature fields
 *   that are not the last two of the body;
 * - `hash-mismatch`: `response_hash` is not the BLAKE2b-256 of the bytes it covers;
 * - `invalid-signature`: the signature (Ed25519, secp256k1 or secp256r1) does not verify under the key it carries;
 * - `unsupported-signature-flag`: a Sui signature flag other than `0x00` Ed25519, `0x01` secp256k1, `0x02` secp256r1;
 * - `untrusted-signer`: a valid signature, by an address outside the required set;
 * - `invalid-node-key`: the node's X25519 public key is not 32 bytes, or is a low-order point.
 */
export type IntegrityErrorType =
  | "missing-field"
  | "malformed"
  | "hash-mismatch"
  | "invalid-signature"
  | "unsupported-signature-flag"
  | "untrusted-signer"
  | "invalid-node-key";

/** What an {@link IntegrityError} is made from. */
export interface IntegrityErrorOptions {
  type: IntegrityErrorType;
  /** A sanitized cause (never a library exception that could hold key bytes). */
  cause?: unknown;
}

/**
 * A response's hash or signature does not hold, or a key the node sent is unusable: the response must
 * not be trusted. The message never holds key material or plaintext.
 */
export class IntegrityError extends AtomaError {
  static {
    this.prototype.name = "IntegrityError";
  }
  readonly type: IntegrityErrorType;

  constructor(message: string, { type, ...options }: IntegrityErrorOptions) {
    super(message, options);
    this.type = type;
  }
}

/** What a {@link NodeUnavailableError} is made from. */
export interface NodeUnavailableErrorOptions {
  /** The model no node could be locked for. */
  model: string;
  /** The lock's `APIError` (a 503). */
  cause?: unknown;
}

/**
 * `POST /v1/nodes/lock` answered 503: no node serves the model with confidential compute (or none is
 * free). `model` names it; `cause` is the lock's `APIError`.
 *
 * @example
 * try {
 *   await secure.chat.create({ model, messages });
 * } catch (error) {
 *   if (isNodeUnavailableError(error)) console.warn(`no confidential node for ${error.model}`);
 * }
 */
export class NodeUnavailableError extends AtomaError {
  static {
    this.prototype.name = "NodeUnavailableError";
  }
  readonly model: string;

  constructor(message: string, { model, ...options }: NodeUnavailableErrorOptions) {
    super(message, options);
    this.model = model;
  }
}

export const isBase64Error = (error: unknown): error is Base64Error => hasErrorName(error, "Base64Error");
export const isDecryptionError = (error: unknown): error is DecryptionError =>
  hasErrorName(error, "DecryptionError");
export const isIntegrityError = (error: unknown): error is IntegrityError =>
  hasErrorName(error, "IntegrityError");
export const isNodeUnavailableError = (error: unknown): error is NodeUnavailableError =>
  hasErrorName(error, "NodeUnavailableError");
