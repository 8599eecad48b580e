// Retries and timeouts: connection errors, 408, 409, 429 and 5xx are retried with exponential
// backoff (maxRetries, default 2); `timeout` bounds the wait for the response headers, all tries
// included (default 4 minutes); a stream's `idleTimeout` (default 1 minute without any bytes) ends a
// dead stream. All are set on the client or per call (the stream's per call).
//
//   ATOMA_API_KEY=... pnpm exec tsx examples/retries-and-timeouts.ts
//   ATOMA_BASE_URL=http://127.0.0.1:4010 ATOMA_API_KEY=any pnpm exec tsx examples/retries-and-timeouts.ts
//
// The x-mock-* headers ask the mock server for a failure; the real API ignores them.
import { createAtomaClient, isAPITimeoutError } from "@atoma-ts/client";

let attempts = 0;
const atoma = createAtomaClient({
  baseUrl: process.env.ATOMA_BASE_URL,
  apiKey: process.env.ATOMA_API_KEY,
  maxRetries: 3,
  timeout: 30_000,
  // Any fetch-compatible function; this one counts the attempts.
  fetch: (input, init) => {
    attempts++;
    return fetch(input, init);
  },
});

// Two 503s, then success: the caller sees only the success.
const models = await atoma.models.list({ headers: { "x-mock-status": "503", "x-mock-fail-attempts": "2" } });
console.log(`models.list: ${models.data.length} models after ${attempts} attempts`);

// A per-call timeout, with no retries: give up after 500 ms.
try {
  const completion = await atoma.chat.create(
    { model: "meta-llama/Llama-3.3-70B-Instruct", messages: [{ role: "user", content: "Hi" }] },
    { timeout: 500, maxRetries: 0, headers: { "x-mock-latency": "5000" } },
  );
  console.log(`answered within 500 ms: ${completion.choices[0]?.message.content}`);
} catch (error) {
  if (!isAPITimeoutError(error)) throw error;
  console.log(`gave up: ${error.message}`);
}
