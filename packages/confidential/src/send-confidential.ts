import { isAPIError, type OperationId, type RequestOptions } from "@atoma-ts/client";
import type { ConfidentialSession } from "./confidential-session.js";
import { lockNode, type ConfidentialBase } from "./lock-node.js";
import { sealRequest } from "./seal-request.js";

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

/** Seals a request: {@link sealRequest}, or in tests one that records its sessions. */
export type Sealer = typeof sealRequest;

const ENCODER = new TextEncoder();

/**
 * Locks a node, seals the request to it and sends it (protocol steps 1 to 5), resolving once the
 * response headers are in. A lock is single-use and short-lived: when the request is refused with
 * 425 (the lock expired or was taken), a new node is locked and a freshly sealed request sent, once.
 * Every session but the returned one is destroyed; on failure, none is left.
 */
export async function sendConfidential(
  atoma: ConfidentialBase,
  call: ConfidentialCall,
  options: RequestOptions,
  seal: Sealer = sealRequest,
): Promise<SentConfidential> {
  const { signal, timeout, maxRetries, headers } = options;
  const plaintext = JSON.stringify(call.plain);
  for (let attempt = 1; ; attempt++) {
    const lock = await lockNode(atoma, call.model, call.computeUnits, { signal, timeout, maxRetries });
    const bytes = ENCODER.encode(plaintext);
    const { body, session } = seal({
      plaintext: bytes,
      nodePublicKey: lock.nodePublicKey,
      modelName: call.model,
      stackSmallId: lock.stackSmallId,
      stream: call.stream,
      numComputeUnits: call.computeUnits,
    });
    bytes.fill(0);
    try {
      const response = await atoma.request(call.operationId, { body, signal, timeout, maxRetries, headers });
      return { response, session };
    } catch (error) {
      session.destroy();
      if (attempt === 1 && lockWasLost(error)) continue;
      throw error;
    }
  }
}

/** Upstream answers a used, expired or unknown lock with 425 "Stack unavailable". */
const lockWasLost = (error: unknown) => isAPIError(error) && error.status === 425;
