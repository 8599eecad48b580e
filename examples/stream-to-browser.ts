// Streaming from a server route to a browser: the route passes Atoma's stream on with
// toReadableStream(), and the page reads it back, typed, with ChatStream.fromReadableStream().
// The API key stays on the server.
//
// The route is a web-standard (Request) => Response handler, the shape of a Next.js route handler
// (`export async function POST(request)`), Hono, Remix, Deno.serve or a Cloudflare worker. To keep
// this file runnable on its own, the "browser" half calls the handler directly instead of over HTTP.
//
//   ATOMA_API_KEY=... pnpm exec tsx examples/stream-to-browser.ts
//   ATOMA_BASE_URL=http://127.0.0.1:4010 ATOMA_API_KEY=any pnpm exec tsx examples/stream-to-browser.ts
import { createAtomaClient } from "@atoma-ts/client";
import { ChatStream, withStreaming } from "@atoma-ts/streaming";

// ── On the server ─────────────────────────────────────────────────────────────────────────────────
const atoma = withStreaming(
  createAtomaClient({ baseUrl: process.env.ATOMA_BASE_URL, apiKey: process.env.ATOMA_API_KEY }),
);

/** POST /api/chat { prompt } → the chat's chunks as Server-Sent Events. */
export async function POST(request: Request): Promise<Response> {
  const { prompt } = (await request.json()) as { prompt: string };
  const stream = await atoma.chat.stream(
    { model: "meta-llama/Llama-3.3-70B-Instruct", messages: [{ role: "user", content: prompt }] },
    { signal: request.signal }, // the browser going away cancels the call to Atoma
  );
  return new Response(stream.toReadableStream(), {
    headers: { "content-type": "text/event-stream", "cache-control": "no-cache" },
  });
}

// ── In the browser ────────────────────────────────────────────────────────────────────────────────
async function ask(prompt: string, fetchRoute: (request: Request) => Promise<Response>): Promise<string> {
  const response = await fetchRoute(
    new Request("http://localhost/api/chat", { method: "POST", body: JSON.stringify({ prompt }) }),
  );
  if (!response.ok || !response.body) throw new Error(`/api/chat answered ${response.status}`);
  let shown = "";
  for await (const chunk of ChatStream.fromReadableStream(response.body)) {
    shown += chunk.choices[0]?.delta.content ?? ""; // in a page: element.textContent = shown
  }
  return shown;
}

// In a real page: ask(prompt, (request) => fetch(request)), with the route served by your framework.
console.log(await ask("Tell me a short story.", POST));
