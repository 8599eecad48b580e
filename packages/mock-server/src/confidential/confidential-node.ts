import type {
  ConfidentialComputeRequest,
  NodesCreateLockRequest,
  NodesCreateLockResponse,
} from "@atoma-ts/types";
import { randomBytes } from "@noble/hashes/utils.js";
import { toBase64 } from "../base64.js";
import { createNodeKey } from "./node-key.js";
import { createNodeLocks } from "./node-locks.js";
import { openSealedRequest, type OpenedRequest } from "./open-sealed-request.js";

/**
 * The node side of confidential compute: one X25519 key (as a node has), single-use short-lived
 * locks, and the decryption and encryption of the protocol in the API notes.
 */
export function createConfidentialNode({ lockTtlMs = 5000, now = Date.now } = {}) {
  const nodeKey = createNodeKey();
  const locks = createNodeLocks({ lockTtlMs, now });

  return {
    publicKey: nodeKey.publicKey,

    /** Step 1: lock a node for a model. */
    lock(request: NodesCreateLockRequest): NodesCreateLockResponse {
      return {
        public_key: toBase64(nodeKey.publicKey),
        node_small_id: 1,
        stack_small_id: locks.lock(request),
        stack_entry_digest: null,
      };
    },

    /** Uses up the request's lock, then opens it (steps 2-5, node side). */
    async open(
      body: ConfidentialComputeRequest,
      { imageUnits }: { imageUnits?: number } = {},
    ): Promise<OpenedRequest> {
      locks.take(body, imageUnits);
      return openSealedRequest(body, nodeKey);
    },

    /** A fresh response nonce; a node uses one for every chunk of a stream. */
    nonce: () => randomBytes(12),
  };
}

export type ConfidentialNode = ReturnType<typeof createConfidentialNode>;
