import { gcm } from "@noble/ciphers/aes.js";
import { x25519 } from "@noble/curves/ed25519.js";
import { encodeBase64 } from "./base64.js";
import { blake2b256 } from "./blake2b-256.js";
import { createConfidentialSession, type ConfidentialSession } from "./confidential-session.js";
import { deriveSessionKey } from "./derive-session-key.js";
import type { ConfidentialComputeRequest } from "./types.js";

/**
 * A source of random bytes: returns `length` fresh bytes. The default draws from
 * `crypto.getRandomValues`. {@link sealRequest} draws, in this order, the 32-byte X25519 private key,
 * the 16-byte salt and the 12-byte nonce, and zeroes the private key's buffer after use.
 */
export type RandomSource = (length: number) => Uint8Array;

/** What {@link sealRequest} encrypts, and for whom. */
export interface SealRequestOptions {
  /**
   * The ordinary request (chat, completions, embeddings, images) as JSON text, or its UTF-8 bytes.
   * Its `stream` must equal {@link SealRequestOptions.stream}.
   */
  plaintext: string | Uint8Array;
  /** The locked node's 32-byte X25519 public key: the decoded `public_key` of `POST /v1/nodes/lock`. */
  nodePublicKey: Uint8Array;
  /** The model, sent in clear (`model_name`) for routing. */
  modelName: string;
  /** `stack_small_id` of the lock. */
  stackSmallId: number;
  /** Whether the plain request streams (`stream` of the body). */
  stream: boolean;
  /** The compute units reserved by the lock (`num_compute_units`); needed for images. Omitted if unset. */
  numComputeUnits?: number;
  /** Where the key, salt and nonce come from. Default: `crypto.getRandomValues`. Inject only in tests. */
  random?: RandomSource;
}

/** A sealed request: the body to send, and the session that opens what comes back. */
export interface SealedRequest {
  /** The `ConfidentialComputeRequest` to POST to `/v1/confidential/*`. */
  body: ConfidentialComputeRequest;
  /** Holds the derived AES key; `destroy()` it once the response or stream is read. */
  session: ConfidentialSession;
}

const ENCODER = new TextEncoder();

const defaultRandom: RandomSource = (length) => crypto.getRandomValues(new Uint8Array(length));

/**
 * Encrypts an ordinary request for a locked node (confidential protocol steps 2 to 5): a fresh X25519
 * key pair, HKDF-SHA256 of the shared secret with a random salt, AES-256-GCM with a random nonce.
 *
 * @returns The request body (binary values in base64) and the session whose key opens the response.
 * @throws {IntegrityError} `invalid-node-key` when `nodePublicKey` is not a usable X25519 key.
 * @example
 * const { body, session } = sealRequest({
 *   plaintext: JSON.stringify({ model, messages, stream: false }),
 *   nodePublicKey: decodeBase64(lock.public_key),
 *   modelName: model,
 *   stackSmallId: lock.stack_small_id,
 *   stream: false,
 * });
 * const response = await post("/v1/confidential/chat/completions", body);
 * const plaintext = session.open(response);
 * session.destroy();
 */
export function sealRequest(options: SealRequestOptions): SealedRequest {
  const { nodePublicKey, random = defaultRandom } = options;
  const plaintext =
    typeof options.plaintext === "string" ? ENCODER.encode(options.plaintext) : options.plaintext;

  // Steps 2 and 3: a fresh X25519 key pair for this request only, a fresh salt, then the key.
  const clientPrivateKey = draw(random, 32);
  const salt = draw(random, 16);
  let clientPublicKey: Uint8Array;
  let key: Uint8Array;
  try {
    clientPublicKey = x25519.getPublicKey(clientPrivateKey);
    key = deriveSessionKey(clientPrivateKey, nodePublicKey, salt);
  } finally {
    clientPrivateKey.fill(0);
  }

  // Step 4: AES-256-GCM with a fresh nonce; noble appends the 16-byte tag.
  const nonce = draw(random, 12);
  const ciphertext = gcm(key, nonce).encrypt(plaintext);

  // Step 5: the request body, binary values in base64.
  const body: ConfidentialComputeRequest = {
    ciphertext: encodeBase64(ciphertext),
    client_dh_public_key: encodeBase64(clientPublicKey),
    node_dh_public_key: encodeBase64(nodePublicKey),
    model_name: options.modelName,
    nonce: encodeBase64(nonce),
    salt: encodeBase64(salt),
    stack_small_id: options.stackSmallId,
    plaintext_body_hash: encodeBase64(blake2b256(plaintext)),
    stream: options.stream,
  };
  if (options.numComputeUnits !== undefined) body.num_compute_units = options.numComputeUnits;
  return { body, session: createConfidentialSession(key) };
}

function draw(random: RandomSource, length: number): Uint8Array {
  const bytes = random(length);
  if (!(bytes instanceof Uint8Array) || bytes.length !== length) {
    throw new TypeError(`The random source must return ${length} bytes`);
  }
  return bytes;
}
