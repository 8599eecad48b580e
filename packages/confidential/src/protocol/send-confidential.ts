import { isAPIError, type OperationId, type RequestOptions } from "@atoma-ts/client";
import type { ConfidentialSession } from "./confidential-session.js";
import { lockNode, type ConfidentialBase, type NodeLock } from "./lock-node.js";
import { prepareSeal, type PreparedSeal, type SealedRequest } from "./seal-request.js";

/** The confidential operations. */
export type ConfidentialOperationId = Extract<OperationId, `confidential_${string}`>;

/** One confidential call: which operation, the plain request, and what to lock. */
export interface ConfidentialCall {
  operationId: ConfidentialOperationId;
  model: string;
  /** The ordinary request (chat, completions, embeddings, images), as it would be sent in clear. */
  plain: object;
  stream: boolean;
  /** Compute units to lock, sent again as `num_compute_units`; the server's default when undefined. */
  computeUnits: number | undefined;
}

/** A sent confidential request: the response (body unread) and the session that opens it. */
export interface SentConfidential {
  response: Response;
  session: ConfidentialSession;
}

/** Prepares a request's sealing: {@link prepareSeal}, or in tests one that records what it makes. */
export type Sealer = typeof prepareSeal;

const ENCODER = new TextEncoder();

/**
 * Locks a node, seals the request to it and sends it (protocol steps 1 to 5), resolving once the
 * response headers are in. A lock is single-use and short-lived: when the request is refused with
 * 425 (the lock expired or was taken), a new node is locked and a freshly sealed request sent, once.
 * Every session but the returned one is destroyed, and every key pair spent; on failure, none is left.
 */
export async function sendConfidential(
  atoma: ConfidentialBase,
  call: ConfidentialCall,
  options: RequestOptions,
  prepare: Sealer = prepareSeal,
): Promise<SentConfidential> {
  const { signal, timeout, maxRetries, headers } = options;
  const plaintext = JSON.stringify(call.plain);
  for (let attempt = 1; ; attempt++) {
    const bytes = ENCODER.encode(plaintext);
    let sealed: SealedRequest;
    try {
      const { lock, prepared } = await lockWhilePreparing(
        lockNode(atoma, call.model, call.computeUnits, { signal, timeout, maxRetries }),
        prepare({
          plaintext: bytes,
          modelName: call.model,
          stream: call.stream,
          numComputeUnits: call.computeUnits,
        }),
      );
      sealed = await prepared.seal(lock);
    } finally {
      bytes.fill(0);
    }
    try {
      const response = await atoma.request(call.operationId, {
        body: sealed.body,
        signal,
        timeout,
        maxRetries,
        headers,
      });
      return { response, session: sealed.session };
    } catch (error) {
      sealed.session.destroy();
      if (attempt === 1 && lockWasLost(error)) continue;
      throw error;
    }
  }
}

/**
 * The lock, and the sealing's work that needs no node (a key pair, salt, nonce, the plaintext's
 * hash) done while the lock is in flight, off the critical path. When either fails the key pair is
 * discarded, and the lock's error wins (an abort, a 503).
 */
async function lockWhilePreparing(
  locking: Promise<NodeLock>,
  preparing: Promise<PreparedSeal>,
): Promise<{ lock: NodeLock; prepared: PreparedSeal }> {
  const [lock, prepared] = await Promise.allSettled([locking, preparing]);
  if (lock.status === "rejected") {
    if (prepared.status === "fulfilled") prepared.value.discard();
    throw lock.reason;
  }
  if (prepared.status === "rejected") throw prepared.reason;
  return { lock: lock.value, prepared: prepared.value };
}

/** Upstream answers a used, expired or unknown lock with 425 "Stack unavailable". */
const lockWasLost = (error: unknown) => isAPIError(error) && error.status === 425;
