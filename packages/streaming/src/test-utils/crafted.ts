// Crafted SSE responses: real bytes in a web Response, for what the mock server does not send.
import type { ChatCompletionChunk, CompletionChunk } from "../stream-types.js";

const encoder = new TextEncoder();

/** How a crafted body ends after its pieces. */
export type CraftedEnd = "close" | "error" | "hang";

/** A crafted body, and what the reader did to it. */
export interface CraftedResponse {
  response: Response;
  /** Resolves with the reason when the reader cancels the body. */
  cancelled: Promise<unknown>;
}

/**
 * A 200 `text/event-stream` response writing `pieces` one per pull, then closing, erroring (a dropped
 * connection) or hanging until cancelled.
 */
export function craftedResponse(
  pieces: (string | Uint8Array)[],
  { end = "close", headers = {} }: { end?: CraftedEnd; headers?: Record<string, string> } = {},
): CraftedResponse {
  let onCancel!: (reason: unknown) => void;
  const cancelled = new Promise<unknown>((resolve) => (onCancel = resolve));
  let next = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (next < pieces.length) {
          const piece = pieces[next++]!;
          return controller.enqueue(typeof piece === "string" ? encoder.encode(piece) : piece);
        }
        if (end === "close") controller.close();
        else if (end === "error") controller.error(new TypeError("terminated: other side closed"));
        else return new Promise<void>(() => {});
      },
      cancel: onCancel,
    },
    { highWaterMark: 0 },
  );
  const response = new Response(body, {
    headers: { "content-type": "text/event-stream", "x-request-id": "req_crafted", ...headers },
  });
  return { response, cancelled };
}

/** `data: <json>\n\n` */
export const event = (data: unknown) => `data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`;

const base = { id: "chatcmpl-x", object: "chat.completion.chunk", created: 1, model: "m" } as const;

/** A chat chunk of one choice. */
export function chatChunk(
  content: string | undefined,
  {
    index = 0,
    finish,
    ...extra
  }: { index?: number; finish?: "stop" | "length" } & Record<string, unknown> = {},
): ChatCompletionChunk {
  return {
    ...base,
    choices: [{ index, delta: content === undefined ? {} : { content }, finish_reason: finish ?? null }],
    ...extra,
  };
}

export const usageChunk = (): ChatCompletionChunk => ({
  ...base,
  choices: [],
  usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 },
});

/** The events of a whole chat answer: `texts`, a stop, usage. */
export const chatEvents = (...texts: string[]): string[] => [
  ...texts.map((text) => event(chatChunk(text))),
  event(chatChunk(undefined, { finish: "stop" })),
  event(usageChunk()),
];

export const completionChunk = (text: string, finish: "stop" | null = null): CompletionChunk => ({
  id: "cmpl-x",
  object: "text_completion",
  created: 1,
  model: "m",
  choices: [{ index: 0, text, finish_reason: finish }],
});

/** Every value an async iterable gives, or the error it ends with. */
export async function drain<T>(iterable: AsyncIterable<T>): Promise<{ values: T[]; error: unknown }> {
  const values: T[] = [];
  try {
    for await (const value of iterable) values.push(value);
    return { values, error: undefined };
  } catch (error) {
    return { values, error };
  }
}
