import type { ConfidentialComputeRequest, NodesCreateLockRequest } from "@atoma-ts/types";
import { ConfidentialRefusal } from "./confidential-refusal.js";

/** Compute units a lock covers when the request names none (API notes, step 1). */
export const DEFAULT_LOCK_UNITS = 8192;
/** Compute units one image costs. */
export const IMAGE_COMPUTE_UNITS = 1_048_576;

interface Lock {
  model: string;
  units: number;
  expiresAt: number;
  used: boolean;
}

/** A node's locks (protocol step 1): single-use and short-lived, each for one model. */
export function createNodeLocks({ lockTtlMs, now }: { lockTtlMs: number; now: () => number }) {
  const locks = new Map<number, Lock>();
  let nextStack = 1;

  return {
    /** Locks the node for a model; returns the lock's stack id. */
    lock(request: NodesCreateLockRequest): number {
      const stackSmallId = nextStack++;
      const units = request.max_num_tokens ?? DEFAULT_LOCK_UNITS;
      locks.set(stackSmallId, { model: request.model, units, expiresAt: now() + lockTtlMs, used: false });
      return stackSmallId;
    },

    /**
     * Uses up the lock a sealed request names, as the proxy checks it: a lock serves one request, of
     * its model, whose `num_compute_units` it covers (the lock's units ≥ the request's; an image needs
     * at least `imageUnits`). Anything else is 425 "Stack unavailable": lock again.
     */
    take(body: ConfidentialComputeRequest, imageUnits?: number): void {
      const lock = locks.get(body.stack_small_id);
      if (!lock || lock.used || lock.expiresAt < now()) {
        throw new ConfidentialRefusal(425, "the lock is unknown, used or expired");
      }
      lock.used = true;
      if (lock.model !== body.model_name) {
        throw new ConfidentialRefusal(425, `the lock is for ${lock.model}, not ${body.model_name}`);
      }
      const units = body.num_compute_units ?? DEFAULT_LOCK_UNITS;
      if (lock.units < units || (imageUnits !== undefined && lock.units < imageUnits)) {
        throw new ConfidentialRefusal(425, `the lock covers ${lock.units} compute units, fewer than asked`);
      }
    },
  };
}
