/**
 * Request overhead of @atoma-ts/client against raw fetch, the `openai` package and the official
 * `atoma-sdk`: sequential non-streaming chat completions against a loopback server (in its own process,
 * so the server's work is not billed to the client) answering a fixed completion.
 *
 * The clients are interleaved in small batches, in a new random order each turn, so that a slow patch of
 * the machine (other processes) hits them all; a round's figure for a client is the median of its
 * batches, and the table shows the median round per call, and the median ratio of a batch to raw
 * fetch's batch of the same turn (see `interleavedRace`). ONLY=openai,atoma-sdk keeps raw fetch and the clients named.
 * BASELINE=<another checkout>/packages/client/dist/index.js adds that build of the client as a contender,
 * so a change is compared with the code before it in one run.
 *
 * Run: pnpm --filter @atoma-ts/types --filter @atoma-ts/client build && pnpm exec tsx bench/client-overhead.ts
 * (ROUNDS=3 CALLS=2000 BATCH=50 by default)
 */
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import OpenAI from "openai";
import { createAtomaClient } from "../packages/client/dist/index.js";
import { startChildServer } from "./lib/child-server.ts";
import { fetchWithTimeoutSignal, fixedChatCompletion } from "./lib/chat-completion.ts";
import { interleavedRace } from "./lib/interleaved-race.ts";

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const CALLS = Number(process.env.CALLS ?? 2_000);
const BATCH = Number(process.env.BATCH ?? 50);
const WARMUP = 300;
const KEY = "bench-key";
const MODEL = "meta-llama/Llama-3.3-70B-Instruct";
const messages = [{ role: "user" as const, content: "Hello!" }];

const COMPLETION = fixedChatCompletion(MODEL);

/** A node:http server on 127.0.0.1, in a child process; resolves to its URL. */
async function startServer() {
  const source = `
    const body = ${JSON.stringify(COMPLETION)};
    const server = require("node:http").createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
        res.end(body);
      });
    });
    server.keepAliveTimeout = 60_000;
    server.listen(0, "127.0.0.1", () => process.send(server.address().port));`;
  return startChildServer(source);
}

type Call = () => Promise<unknown>;

/** The official SDK: its main class, or, when that fails to load, its standalone function. */
async function atomaSdk(url: string): Promise<{ name: string; call?: Call; note?: string }> {
  const require = createRequire(import.meta.url);
  try {
    const { AtomaSDK } = require("atoma-sdk") as typeof import("atoma-sdk");
    const sdk = new AtomaSDK({ bearerAuth: KEY, serverURL: url });
    return { name: "atoma-sdk (AtomaSDK)", call: () => sdk.chat.create({ model: MODEL, messages }) };
  } catch (error) {
    const why = (error as Error).message.split("\n")[0];
    try {
      const { AtomaSDKCore } = require("atoma-sdk/core.js") as typeof import("atoma-sdk/core.js");
      const { chatCreate } =
        require("atoma-sdk/funcs/chatCreate.js") as typeof import("atoma-sdk/funcs/chatCreate.js");
      const core = new AtomaSDKCore({ bearerAuth: KEY, serverURL: url });
      const call = async () => {
        const result = await chatCreate(core, { model: MODEL, messages });
        if (!result.ok) throw result.error;
        return result.value;
      };
      return { name: "atoma-sdk (AtomaSDKCore + chatCreate)", call, note: `AtomaSDK does not load: ${why}` };
    } catch (fallback) {
      return {
        name: "atoma-sdk",
        note: `does not load: ${why}; nor its core: ${(fallback as Error).message}`,
      };
    }
  }
}

async function main() {
  const server = await startServer();
  const body = JSON.stringify({ model: MODEL, messages });
  const headers = { "content-type": "application/json", authorization: `Bearer ${KEY}` };
  const atoma = createAtomaClient({ apiKey: KEY, baseUrl: server.url });
  const openai = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: KEY });
  const sdk = await atomaSdk(server.url);

  const url = `${server.url}/v1/chat/completions`;
  const clients: [string, Call][] = [
    ["raw fetch", async () => (await fetch(url, { method: "POST", headers, body })).json()],
    [
      // What any client with a timeout pays: undici's work for a signal, and a timer.
      "raw fetch + timeout signal",
      async () => (await fetchWithTimeoutSignal(url, { method: "POST", headers, body })).json(),
    ],
    ["@atoma-ts/client", () => atoma.chat.create({ model: MODEL, messages })],
    ["openai", () => openai.chat.completions.create({ model: MODEL, messages })],
  ];
  if (sdk.call) clients.push([sdk.name, sdk.call]);
  if (process.env.BASELINE) {
    const baseline = (await import(
      process.env.BASELINE
    )) as typeof import("../packages/client/dist/index.js");
    const before = baseline.createAtomaClient({ apiKey: KEY, baseUrl: server.url });
    clients.push(["@atoma-ts/client (baseline)", () => before.chat.create({ model: MODEL, messages })]);
  }
  const only = process.env.ONLY?.split(",");
  if (only)
    clients.splice(1, Infinity, ...clients.slice(1).filter(([name]) => only.some((o) => name.includes(o))));

  for (const [name, call] of clients) {
    const result = (await call()) as { id?: string };
    if (result.id !== "chatcmpl-bench") throw new Error(`${name} returned ${JSON.stringify(result)}`);
    for (let i = 0; i < WARMUP; i++) await call();
  }

  const results = await interleavedRace(
    clients,
    { rounds: ROUNDS, turns: CALLS / BATCH },
    async ([, call]) => {
      const started = performance.now();
      for (let i = 0; i < BATCH; i++) await call();
      return ((performance.now() - started) / BATCH) * 1000;
    },
  );
  server.stop();

  console.log(
    `${ROUNDS} rounds × ${CALLS} sequential chat completions per client, in interleaved batches of`,
  );
  console.log(
    `${BATCH}; median batch per round, median round; ratios paired by turn (node ${process.version}, load ${loadavg()[0]!.toFixed(2)})\n`,
  );
  console.log("| client | µs per call | ÷ raw fetch |");
  console.log("| --- | ---: | ---: |");
  for (const [[name], { time, ratio }] of results) {
    console.log(`| ${name} | ${time.toFixed(1)} | ${ratio.toFixed(2)}× |`);
  }
  if (sdk.note) console.log(`\n${sdk.name}: ${sdk.note}`);
}

await main();
