import { isAPIError, type AtomaClient, type RequestOptions } from "@atoma-ts/client";
import { decodeBase64 } from "../crypto/base64.js";
import { IntegrityError, NodeUnavailableError } from "../errors.js";

/** What the confidential layer needs of a client: `request()` and `nodes.lock()`. */
export type ConfidentialBase = Pick<AtomaClient, "request"> & { nodes: Pick<AtomaClient["nodes"], "lock"> };

/** A locked node: where to seal the request to. */
export interface NodeLock {
  /** The node's 32-byte X25519 public key. */
  nodePublicKey: Uint8Array;
  stackSmallId: number;
}

/**
 * Confidential protocol step 1: locks a node for `model`, reserving `computeUnits` (the server's
 * default, 8192, when undefined). A lock serves one request and expires within seconds, so it is
 * taken right before that request.
 *
 * @throws {NodeUnavailableError} the lock answered 503: no node serves the model confidentially.
 * @throws {IntegrityError} `invalid-node-key` when the node's key is not base64.
 */
export async function lockNode(
  atoma: ConfidentialBase,
  model: string,
  computeUnits: number | undefined,
  options: Pick<RequestOptions, "signal" | "timeout" | "maxRetries">,
): Promise<NodeLock> {
  let lock: Awaited<ReturnType<AtomaClient["nodes"]["lock"]>>;
  try {
    lock = await atoma.nodes.lock(
      computeUnits === undefined ? { model } : { model, max_num_tokens: computeUnits },
      options,
    );
  } catch (error) {
    if (isAPIError(error) && error.status === 503) {
      throw new NodeUnavailableError(
        `no node serves ${model} with confidential compute (503 from the lock)`,
        {
          model,
          cause: error,
        },
      );
    }
    throw error;
  }
  return { nodePublicKey: decodeNodeKey(lock.public_key), stackSmallId: lock.stack_small_id };
}

function decodeNodeKey(publicKey: unknown): Uint8Array {
  if (typeof publicKey !== "string") {
    throw new IntegrityError("the lock has no public_key", { type: "invalid-node-key" });
  }
  try {
    return decodeBase64(publicKey);
  } catch (error) {
    throw new IntegrityError("the node's public_key is not valid base64", {
      type: "invalid-node-key",
      cause: error,
    });
  }
}
