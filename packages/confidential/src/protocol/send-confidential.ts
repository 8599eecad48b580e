import {
  APIUserAbortError,
  DEFAULT_MAX_RETRIES,
  isAPIConnectionError,
  isAPIError,
  isAPITimeoutError,
  type OperationId,
  type RequestOptions,
} from "@atoma-ts/client";
import {
  clientSettingsOf,
  isRetryableStatus,
  operationName,
  retryDelay,
  sleep,
} from "@atoma-ts/client/internal";
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
 * response headers are in. A sealed body is never sent twice: the client's own retries are off for it,
 * and every new try locks a node again and seals the request afresh (a new key pair, salt and nonce).
 * - A refused lock (425 unavailable stack: the lock expired or was taken; 423 locked: upstream hands a
 *   node's refusal back so the client locks again) is taken again once; a second refusal is thrown
 *   (an `APIError` of status 425, or a `LockedError`).
 * - A failure worth retrying (a connection error, 408, 409, 429, 5xx: upstream reports a node's refusal
 *   of a confidential request, a bad hash or a failed decryption, as 500 after the lock is spent) is
 *   tried again within the call's `maxRetries` (else the client's), after the client's backoff.
 * Every session but the returned one is destroyed, and every key pair spent; on failure, none is left.
 */
export async function sendConfidential(
  atoma: ConfidentialBase,
  call: ConfidentialCall,
  options: RequestOptions,
  prepare: Sealer = prepareSeal,
): Promise<SentConfidential> {
  const { signal, timeout, headers } = options;
  // The call's retry budget, else the client's (as its own retries would have used).
  const maxRetries = options.maxRetries ?? clientSettingsOf(atoma)?.maxRetries ?? DEFAULT_MAX_RETRIES;
  // Serialized once: every try seals the same request afresh.
  const plaintext = JSON.stringify(call.plain);
  let lockRefused = false;
  let retries = 0;
  for (;;) {
    const sealed = await lockAndSeal(atoma, call, plaintext, options, prepare);
    try {
      const response = await atoma.request(call.operationId, {
        body: sealed.body,
        signal,
        timeout,
        maxRetries: 0,
        headers,
      });
      return { response, session: sealed.session };
    } catch (error) {
      sealed.session.destroy();
      if (lockWasRefused(error) && !lockRefused) {
        lockRefused = true;
        continue;
      }
      if (!isRetryable(error) || retries >= maxRetries) throw error;
      await sleep(retryDelay(retries, isAPIError(error) ? error.headers : undefined), signal);
      retries++;
      if (signal?.aborted) {
        const operation = operationName(call.operationId);
        throw new APIUserAbortError(`${operation} was aborted`, { cause: signal.reason });
      }
    }
  }
}

/** Protocol steps 1 to 5 up to the send: a lock, and the request sealed to it. */
async function lockAndSeal(
  atoma: ConfidentialBase,
  call: ConfidentialCall,
  plaintext: string,
  { signal, timeout, maxRetries }: RequestOptions,
  prepare: Sealer,
): Promise<SealedRequest> {
  // Bytes of their own per try, zeroed once sealed.
  const bytes = ENCODER.encode(plaintext);
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
    return await prepared.seal(lock);
  } finally {
    bytes.fill(0);
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

/**
 * Upstream answers a used, expired or unknown lock with 425 (`UNAVAILABLE_STACK`), and hands a node's
 * 423 (`LOCKED`) back on confidential paths, expecting the client to lock again.
 */
const lockWasRefused = (error: unknown) =>
  isAPIError(error) && (error.status === 423 || error.status === 425);

/** A failure that a freshly sealed request may get past; a timeout or an abort is not one. */
function isRetryable(error: unknown): boolean {
  if (isAPIError(error)) return isRetryableStatus(error.status);
  return isAPIConnectionError(error) && !isAPITimeoutError(error);
}
