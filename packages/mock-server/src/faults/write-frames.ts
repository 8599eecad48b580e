import type { Faults } from "./faults.js";

const encoder = new TextEncoder();
const KEEP_ALIVE = encoder.encode(": keep-alive\n\n");

/** How a response body ended, as the request log records it. */
export type BodyOutcome = "complete" | "client-disconnected" | "dropped";

/** Cuts the connection mid-body: the socket behind Node, or an error in-process. */
export type Drop = (controller: ReadableStreamDefaultController<Uint8Array>) => void;

/** Time for what was written before a drop to reach the socket (a drop discards unsent writes). */
const DROP_FLUSH_MS = 30;

/** One SSE event for a data payload, as axum writes it. */
export const sseEvent = (data: string) => `data: ${data}\n\n`;

/** How a written body reports its end, and how it cuts the connection. */
export interface BodyEnding {
  onEnd: (outcome: BodyOutcome) => void;
  drop: Drop;
}

/** The faults that shape how a body is written. */
export type WriteFaults = Pick<
  Faults,
  "chunkDelayMs" | "dropAfterChunks" | "writeSize" | "stallMs" | "stallAfterChunks" | "keepAliveMs"
> & {
  /** A `: keep-alive` comment after every N frames, as Atoma sends them between chunks. */
  keepAliveEvery?: number;
};

/**
 * A body that writes `frames` (each an SSE event, or a whole JSON body, made when its turn comes) with
 * the given faults:
 * delays and stalls between frames (with `: keep-alive` comments while waiting when asked), tiny
 * writes, and a dropped connection after K frames (`drop`). `onEnd` learns how it ended.
 */
export function writeFrames(
  frames: readonly (() => string | Promise<string>)[],
  faults: WriteFaults,
  { onEnd, drop }: BodyEnding,
): ReadableStream<Uint8Array> {
  let cancelled = false;
  let ended = false;
  let next = 0;
  const end = (outcome: BodyOutcome) => {
    if (!ended) onEnd(outcome);
    ended = true;
  };
  const keepAliveDue = (index: number) => faults.keepAliveEvery && (index + 1) % faults.keepAliveEvery === 0;

  async function waitWithKeepAlive(ms: number, controller: ReadableStreamDefaultController<Uint8Array>) {
    const every = faults.keepAliveMs;
    const until = Date.now() + ms;
    while (!cancelled && Date.now() < until) {
      await sleep(every ? Math.min(every, until - Date.now()) : until - Date.now());
      if (every && !cancelled && Date.now() < until) controller.enqueue(KEEP_ALIVE);
    }
  }

  async function write(frame: string, controller: ReadableStreamDefaultController<Uint8Array>) {
    const bytes = encoder.encode(frame);
    const size = faults.writeSize;
    if (!size) return controller.enqueue(bytes);
    for (let start = 0; start < bytes.length && !cancelled; start += size) {
      controller.enqueue(bytes.slice(start, start + size));
      await sleep(0); // a separate write each time, so pieces reach the client apart
    }
  }

  // One frame per pull: the consumer has read everything before, so a drop loses nothing sent.
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const index = next++;
        if (index === frames.length) {
          end("complete");
          return controller.close();
        }
        if (faults.dropAfterChunks === index) {
          end("dropped");
          await sleep(DROP_FLUSH_MS);
          return drop(controller);
        }
        if (index > 0 && faults.chunkDelayMs) await waitWithKeepAlive(faults.chunkDelayMs, controller);
        if (faults.stallMs && index === (faults.stallAfterChunks ?? 1))
          await waitWithKeepAlive(faults.stallMs, controller);
        if (cancelled) return;
        await write(await frames[index]!(), controller);
        if (keepAliveDue(index)) controller.enqueue(KEEP_ALIVE);
      },
      cancel() {
        cancelled = true;
        end("client-disconnected");
      },
    },
    { highWaterMark: 0 },
  );
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));
