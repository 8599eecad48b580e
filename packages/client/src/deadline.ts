/** A call's signal: the caller's signal and the call's timeout, combined. */
export interface Deadline {
  /**
   * Aborts when the caller aborts or the time is up; give it to `fetch`. Undefined when there is neither
   * a caller's signal nor a time limit.
   */
  signal: AbortSignal | undefined;
  /** Stops the clock (once the response headers are in); the caller's signal stays linked. */
  stop(): void;
}

/** setTimeout fires at once past 2^31 - 1 ms, so a longer timeout is treated as none. */
const LONGEST_TIMER = 2 ** 31 - 1;

/**
 * Combines the caller's signal with a timer we can clear, so a finished call leaves no timer behind.
 * `AbortSignal.any` (in every supported runtime) adds no listener to the caller's signal: the platform
 * holds the link weakly, so a signal shared by many calls does not collect listeners.
 */
export function createDeadline(callerSignal: AbortSignal | undefined, timeout: number): Deadline {
  // No time limit: the caller's signal as it is, or none. Node's fetch does work for every signal it
  // is given (about 3% of a small call through the AI SDK, bench/ai-sdk.ts), so none is made for nothing.
  if (timeout > LONGEST_TIMER) return { signal: callerSignal, stop() {} };

  const timer = new AbortController();
  const timerId = setTimeout(() => timer.abort(), timeout);
  const signal = callerSignal ? AbortSignal.any([callerSignal, timer.signal]) : timer.signal;
  return {
    signal,
    stop() {
      clearTimeout(timerId);
    },
  };
}

/** Waits `ms`, or less if `signal` aborts first (the caller then sees `signal.aborted`). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (!signal) {
      setTimeout(resolve, ms);
      return;
    }
    if (signal.aborted) {
      resolve();
      return;
    }
    // The signal may be the caller's own (a call without a time limit), shared by many calls: the
    // listener goes once the wait is over, so that it does not collect listeners.
    const onAbort = () => {
      clearTimeout(timerId);
      resolve();
    };
    const timerId = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
