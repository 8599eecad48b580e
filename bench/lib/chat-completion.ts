// The fixed, non-streamed answer the call benches' servers give, and a fetch that pays for a timeout as
// our client's does.
import { chatResponse } from "../../packages/client/src/test-utils/fixtures.ts";

/** The client tests' chat completion ("Hi there!", 3 + 3 tokens) as a JSON text, for `model`. */
export function fixedChatCompletion(model: string): string {
  return JSON.stringify({ ...chatResponse, id: "chatcmpl-bench", model });
}

/** The text `fixedChatCompletion` answers. */
export const FIXED_ANSWER = chatResponse.choices[0]!.message.content;

/**
 * `fetch` with a signal that aborts after 10 minutes, its timer cleared once the headers are in, as our
 * client's timeout works: undici does work for any signal it is given, which a fetch without one skips.
 */
export async function fetchWithTimeoutSignal(
  input: RequestInfo | URL,
  init?: RequestInit,
): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 600_000);
  try {
    return await fetch(input, { ...init, signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}
