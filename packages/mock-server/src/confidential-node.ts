import type {
  ConfidentialComputeRequest,
  NodesCreateLockRequest,
  NodesCreateLockResponse,
} from "@atoma-ts/types";
import { gcm } from "@noble/ciphers/aes.js";
import { blake2b } from "@noble/hashes/blake2.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { randomBytes, utf8ToBytes } from "@noble/hashes/utils.js";
import { equalBytes } from "@noble/ciphers/utils.js";
import { fromBase64, toBase64 } from "./base64.js";
import { createNodeKey } from "./node-key.js";

/** Compute units a lock covers when the request names none (API notes, step 1). */
export const DEFAULT_LOCK_UNITS = 8192;
/** Compute units one image costs. */
export const IMAGE_COMPUTE_UNITS = 1_048_576;

/** A refusal the server answers with a JSON error. */
export class ConfidentialRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Lock {
  model: string;
  units: number;
  expiresAt: number;
  used: boolean;
}

/** An opened request: its plaintext JSON, and how to seal what answers it. */
export interface OpenedRequest {
  plaintext: unknown;
  /** Encrypts one response body or stream chunk to the client (protocol steps 6 and 7). */
  seal(plaintext: string, nonce: Uint8Array): { ciphertext: string; nonce: string; hash: Uint8Array };
}

/**
 * The node side of confidential compute: one X25519 key (as a node has), single-use short-lived
 * locks, and the decryption and encryption of the protocol in the API notes.
 */
export function createConfidentialNode({ lockTtlMs = 5000, now = Date.now } = {}) {
  const nodeKey = createNodeKey();
  const { publicKey } = nodeKey;
  const locks = new Map<number, Lock>();
  let nextStack = 1;

  return {
    publicKey,

    /** Step 1: lock a node for a model. */
    lock(request: NodesCreateLockRequest): NodesCreateLockResponse {
      const stackSmallId = nextStack++;
      const units = request.max_num_tokens ?? DEFAULT_LOCK_UNITS;
      locks.set(stackSmallId, { model: request.model, units, expiresAt: now() + lockTtlMs, used: false });
      return {
        public_key: toBase64(publicKey),
        node_small_id: 1,
        stack_small_id: stackSmallId,
        stack_entry_digest: null,
      };
    },

    /** Checks the lock and the key, decrypts and checks the plaintext hash (steps 2-5, node side). */
    async open(
      body: ConfidentialComputeRequest,
      { imageUnits }: { imageUnits?: number } = {},
    ): Promise<OpenedRequest> {
      const lock = locks.get(body.stack_small_id);
      if (!lock || lock.used || lock.expiresAt < now())
        throw new ConfidentialRefusal(425, "STACK_UNAVAILABLE", "Stack unavailable");
      lock.used = true;
      if (lock.model !== body.model_name) {
        throw new ConfidentialRefusal(
          400,
          "MODEL_MISMATCH",
          `The lock is for ${lock.model}, not ${body.model_name}`,
        );
      }
      if (imageUnits !== undefined && (body.num_compute_units !== lock.units || lock.units < imageUnits)) {
        throw new ConfidentialRefusal(
          425,
          "STACK_UNAVAILABLE",
          "Stack unavailable: too few compute units for an image",
        );
      }
      const nodeKey = decode(body.node_dh_public_key, "node_dh_public_key");
      if (!equalBytes(nodeKey, publicKey))
        throw new ConfidentialRefusal(400, "UNKNOWN_NODE_KEY", "node_dh_public_key is not this node's key");

      const shared = await agree(decode(body.client_dh_public_key, "client_dh_public_key"));
      const key = hkdf(sha256, shared, decode(body.salt, "salt"), new Uint8Array(0), 32);
      let plaintextBytes: Uint8Array;
      try {
        plaintextBytes = gcm(key, decode(body.nonce, "nonce")).decrypt(decode(body.ciphertext, "ciphertext"));
      } catch {
        throw new ConfidentialRefusal(
          400,
          "DECRYPTION_FAILED",
          "The ciphertext does not decrypt with this key and nonce",
        );
      }
      if (
        !equalBytes(
          blake2b(plaintextBytes, { dkLen: 32 }),
          decode(body.plaintext_body_hash, "plaintext_body_hash"),
        )
      ) {
        throw new ConfidentialRefusal(
          400,
          "INVALID_PLAINTEXT_HASH",
          "plaintext_body_hash does not match the decrypted body",
        );
      }
      let plaintext: unknown;
      try {
        plaintext = JSON.parse(new TextDecoder().decode(plaintextBytes));
      } catch {
        throw new ConfidentialRefusal(400, "INVALID_BODY", "The decrypted body is not JSON");
      }
      return {
        plaintext,
        seal(text, nonce) {
          const bytes = utf8ToBytes(text);
          return {
            ciphertext: toBase64(gcm(key, nonce).encrypt(bytes)),
            nonce: toBase64(nonce),
            hash: blake2b(bytes, { dkLen: 32 }),
          };
        },
      };
    },

    /** A fresh response nonce; a node uses one for every chunk of a stream. */
    nonce: () => randomBytes(12),
  };

  async function agree(clientPublicKey: Uint8Array): Promise<Uint8Array> {
    try {
      return await nodeKey.sharedSecret(clientPublicKey);
    } catch {
      throw new ConfidentialRefusal(
        400,
        "INVALID_CLIENT_KEY",
        "client_dh_public_key is not a usable X25519 public key",
      );
    }
  }
}

function decode(value: string, field: string): Uint8Array {
  try {
    return fromBase64(value);
  } catch {
    throw new ConfidentialRefusal(400, "INVALID_BODY", `${field} is not base64`);
  }
}

export type ConfidentialNode = ReturnType<typeof createConfidentialNode>;
