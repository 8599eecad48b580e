// Load check of @atoma-ts/mock-server: N concurrent streaming chat requests on loopback, each read to
// its end. Passes when every stream completes with its usage chunk, the server logs every body as
// complete, and no socket is left open once the server's keep-alive timeout has passed.
// Run: pnpm exec tsx bench/mock-server-load.ts [concurrency=1000]
import { createMockServer, listen } from "../packages/mock-server/src/index.ts";

const concurrency = Number(process.argv[2] ?? 1000);
const server = createMockServer();
const running = await listen(server);
const body = JSON.stringify({
  model: "meta-llama/Llama-3.3-70B-Instruct",
  messages: [{ role: "user", content: "Load test ✓" }],
  stream: true,
  stream_options: { include_usage: true },
});

async function oneStream(): Promise<number> {
  const response = await fetch(`${running.url}/v1/chat/completions`, {
    method: "POST",
    headers: { authorization: "Bearer load", "content-type": "application/json" },
    body,
  });
  if (response.status !== 200) throw new Error(`status ${response.status}`);
  const events = (await response.text()).split("\n\n").filter((event) => event.startsWith("data: "));
  if (!events.at(-1)?.includes('"usage"')) throw new Error("stream ended without its usage chunk");
  return events.length;
}

const started = performance.now();
const results = await Promise.allSettled(Array.from({ length: concurrency }, oneStream));
const seconds = (performance.now() - started) / 1000;
const failures = results.filter((result) => result.status === "rejected");
const events = results.reduce((sum, result) => sum + (result.status === "fulfilled" ? result.value : 0), 0);
const incomplete = server.requests.filter((entry) => entry.outcome !== "complete").length;

// Idle keep-alive sockets close after the server's keep-alive timeout (5 s); anything left is a leak.
await new Promise((resolve) => setTimeout(resolve, 5_500));
const leaked = running.openConnections();
await running.close();

console.log(
  [
    `concurrent streams: ${concurrency}`,
    `errors: ${failures.length}${failures.length ? ` (first: ${(failures[0] as PromiseRejectedResult).reason})` : ""}`,
    `events received: ${events}`,
    `server bodies not complete: ${incomplete}`,
    `sockets open after keep-alive timeout: ${leaked}`,
    `wall time: ${seconds.toFixed(2)} s (${Math.round(concurrency / seconds)} streams/s)`,
  ].join("\n"),
);
process.exitCode = failures.length || incomplete || leaked ? 1 : 0;
