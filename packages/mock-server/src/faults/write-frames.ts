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

/**
 * The faults that shape how a body is written; `keepAliveMs` is the idle time after which a stream
 * gets a `: keep-alive` comment (0 or absent: never).
 */
export type WriteFaults = Pick<
  Faults,
  "chunkDelayMs" | "dropAfterChunks" | "writeSize" | "stallMs" | "stallAfterChunks" | "keepAliveMs"
>;

/**
 * A body that writes `frames` (each an SSE event, or a whole JSON body, made when its turn comes) with
 * the given faults: delays and stalls between frames, a `: keep-alive` comment after each
 * `keepAliveMs` with nothing to send, tiny writes, and a dropped connection after K frames (`drop`).
 * `onEnd` learns how it ended.
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

  /** Frame `index` once its delay or stall has passed. */
  async function frameWhenDue(index: number): Promise<string> {
    if (index > 0 && faults.chunkDelayMs) await sleep(faults.chunkDelayMs);
    if (faults.stallMs && index === (faults.stallAfterChunks ?? 1)) await sleep(faults.stallMs);
    return frames[index]!();
  }

  /**
   * Waits for `work`, writing a keep-alive after each `keepAliveMs` of it, as Atoma's proxy does (axum's
   * `Sse::keep_alive`, whose timer restarts with each event): a stream sending data steadily gets none.
   */
  async function keepingAlive<T>(work: Promise<T>, controller: ReadableStreamDefaultController<Uint8Array>) {
    const every = faults.keepAliveMs;
    if (!every) return work;
    const timer = setInterval(() => {
      if (!cancelled) controller.enqueue(KEEP_ALIVE);
    }, every);
    try {
      return await work;
    } finally {
      clearInterval(timer);
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
        const frame = await keepingAlive(frameWhenDue(index), controller);
        if (cancelled) return;
        await write(frame, controller);
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
