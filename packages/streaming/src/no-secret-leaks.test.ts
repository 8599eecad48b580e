// No failure path of a stream carries the API key: not in a message, a cause, a partial or JSON.
import { describe, expect, it } from "vitest";
import { drain } from "./test-utils/crafted.js";
import { chatParams, inProcess } from "./test-utils/mock-client.js";

const CANARY = "sk-canary-streaming-5f1d2c8a9b";

/** Everything an error shows: its message, its cause chain, its fields, as JSON and as text. */
function exposure(error: unknown): string {
  const seen: string[] = [];
  for (let current = error; current; current = (current as { cause?: unknown }).cause) {
    seen.push(String(current), (current as Error).stack ?? "");
    try {
      seen.push(JSON.stringify(current, Object.getOwnPropertyNames(current)));
      seen.push(JSON.stringify(current));
    } catch {}
  }
  return seen.join("\n");
}

describe("no secret in a stream's errors", () => {
  const mock = () => inProcess({ apiKey: CANARY }, { apiKey: CANARY });
  const faults: Record<string, string>[] = [
    { "x-mock-status": "401" },
    { "x-mock-status": "503" },
    { "x-mock-drop-after": "3" },
    { "x-mock-stall": "1000", "x-mock-keep-alive": "10" },
  ];

  it.each(faults)("through the client: %o", async (headers) => {
    const { atoma } = mock();
    const error = await atoma.chat
      .stream(chatParams, { headers, dataTimeout: 50, maxRetries: 0 })
      .then((stream) => drain(stream))
      .then(
        ({ error: failure }) => failure,
        (failure: unknown) => failure,
      );
    expect(error).toBeInstanceOf(Error);
    expect(exposure(error)).not.toContain(CANARY);
  });

  it("through aborts", async () => {
    const { atoma } = mock();
    const stream = await atoma.chat.stream(chatParams, { headers: { "x-mock-chunk-delay": "20" } });
    const chunks = stream[Symbol.asyncIterator]();
    await chunks.next();
    stream.abort(new Error("user left"));
    const error = await chunks.next().catch((failure: unknown) => failure);
    expect(exposure(error)).not.toContain(CANARY);
  });
});
