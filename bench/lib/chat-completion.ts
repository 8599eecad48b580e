// The fixed, non-streamed answer the call benches' servers give, and a fetch that pays for a timeout as
// our client's does.

/** A small chat completion answering "Hi there!", as a JSON text. */
export function fixedChatCompletion(model: string): string {
  return JSON.stringify({
    id: "chatcmpl-bench",
    object: "chat.completion",
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message: { role: "assistant", content: "Hi there!" }, finish_reason: "stop" }],
    usage: { prompt_tokens: 3, completion_tokens: 3, total_tokens: 6 },
  });
}

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
