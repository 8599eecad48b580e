/** A call's signal: the caller's signal and the call's timeout, combined. */
export interface Deadline {
  /** Aborts when the caller aborts or the time is up; give it to `fetch`. */
  signal: AbortSignal;
  /** Stops the clock (once the response headers are in); the caller's signal stays linked. */
  stop(): void;
}

/**
 * Combines the caller's signal with a timer we can clear, so a finished call leaves no timer behind.
 * `AbortSignal.any` adds no listener to the caller's signal (the platform holds the link weakly), so a
 * signal shared by many calls does not collect listeners. Where it is missing, the link is a listener,
 * removed when the clock stops.
 */
export function createDeadline(callerSignal: AbortSignal | undefined, timeout: number): Deadline {
  const timer = new AbortController();
  // setTimeout fires at once past 2^31 - 1 ms: a longer timeout is no timeout.
  const id = timeout < 2 ** 31 ? setTimeout(() => timer.abort(), timeout) : undefined;
  const signal = callerSignal ? AbortSignal.any([callerSignal, timer.signal]) : timer.signal;
  return {
    signal,
    stop() {
      clearTimeout(id);
    },
  };
}

/** Waits `ms`, or less if `signal` aborts first (the caller then sees `signal.aborted`). */
export const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const done = () => resolve(clearTimeout(id));
    const id = setTimeout(done, ms);
    // The signal is the call's own, gone with it: the listener need not be removed.
    if (signal.aborted) done();
    else signal.addEventListener("abort", done);
  });
