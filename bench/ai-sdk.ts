/**
 * What @atoma-ts/ai-sdk costs over `@ai-sdk/openai-compatible` pointed at the same server, both driven
 * by `ai`'s `generateText` and `streamText`:
 *
 * a. sequential `generateText` calls, each answered with a fixed completion;
 * b. `streamText` of a chat stream of 20,000 chunks (Atoma's format: multi-byte text, `: keep-alive`
 *    comments, a usage chunk), every chunk read.
 *
 * The server runs in its own process (so its work is not billed to the providers) and writes prepared
 * bytes, each answer and chunk signed with Ed25519 as a node signs them. The providers are interleaved
 * in batches in a random order, so that a slow patch of the machine hits them alike; a round's figure
 * for a provider is the median of its batches, and the table shows the median round, and the median
 * ratio to `@ai-sdk/openai-compatible`'s batch of the same turn (see `interleavedRace`). Every call's answer is checked (the
 * whole text and the usage; the signer in verify mode): a provider that loses a chunk makes the bench
 * throw. Three lines are informative only, not like-for-like: openai-compatible run a second time shows
 * the noise of the run (what it cannot tell apart), openai-compatible with a timeout signal shows what a
 * time limit of our client's costs (`createAtoma({ timeout })`), and `createAtoma` in verify mode checks
 * every signature.
 *
 * Run: pnpm build && pnpm exec tsx bench/ai-sdk.ts
 * (ROUNDS=3 CALLS=2000 BATCH=50 CHUNKS=20000 STREAMS=3 by default: CALLS calls and STREAMS streams per
 * provider and round; PART=a or PART=b runs one part; VERIFY=0 leaves verify mode out; PROMPT_KB=200
 * sends a prompt of 200 KB instead of "Hello!"; BASELINE=<another checkout, built> adds that checkout's
 * createAtoma in plain mode, so a change is compared with the code before it in one run)
 */
import { loadavg } from "node:os";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { generateText, streamText, type LanguageModel } from "ai";
import { createAtoma } from "../packages/ai-sdk/dist/index.js";
import { createResponseSigner } from "../packages/mock-server/dist/index.js";
import { startChildServer } from "./lib/child-server.ts";
import { atomaChatChunks, eventStreamOf } from "./lib/stream-fixtures.ts";
import { FIXED_ANSWER, fetchWithTimeoutSignal, fixedChatCompletion } from "./lib/chat-completion.ts";
import { interleavedRace, type Figures } from "./lib/interleaved-race.ts";

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const CALLS = Number(process.env.CALLS ?? 2_000);
const BATCH = Number(process.env.BATCH ?? 50);
const CHUNKS = Number(process.env.CHUNKS ?? 20_000);
const STREAMS = Number(process.env.STREAMS ?? 3);
const PARTS = process.env.PART ? [process.env.PART] : ["a", "b"];
const WARMUP_CALLS = 300;
const KEY = "bench-key";
const MODEL = "meta-llama/Llama-3.3-70B-Instruct";
/** PROMPT_KB=200 makes every request carry a prompt of about that size (the answers stay the same). */
const PROMPT = process.env.PROMPT_KB
  ? "Hello! ".repeat(Math.ceil((Number(process.env.PROMPT_KB) * 1024) / 7))
  : "Hello!";

/** The server's answers: a completion and a stream, both signed by `signer`. */
async function signedAnswers(signer: ReturnType<typeof createResponseSigner>) {
  const completion = await signer.signBody(fixedChatCompletion(MODEL));
  const { chunks, content } = atomaChatChunks(CHUNKS, MODEL);
  const signed = await Promise.all(chunks.map((chunk) => signer.signBody(chunk)));
  return { completion, stream: eventStreamOf(signed), content };
}

/** Answers a streaming request with `stream`, in 16 KiB writes, and any other POST with `completion`. */
const SERVER_SOURCE = `
  let completion, stream;
  const server = require("node:http").createServer((req, res) => {
    const parts = [];
    req.on("data", (part) => parts.push(part));
    req.on("end", () => {
      if (!Buffer.concat(parts).includes('"stream":true')) {
        res.writeHead(200, { "content-type": "application/json", "content-length": completion.length });
        return res.end(completion);
      }
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      for (let at = 0; at < stream.length; at += 16384) res.write(stream.subarray(at, at + 16384));
      res.end();
    });
  });
  server.keepAliveTimeout = 60_000;
  process.once("message", (answers) => {
    completion = Buffer.from(answers.completion);
    stream = Buffer.from(answers.stream);
    server.listen(0, "127.0.0.1", () => process.send(server.address().port));
  });`;

/** What a call delivered, compared with what the server sent. */
interface Delivered {
  /** The answer's text. */
  text: string;
  inputTokens: number | undefined;
  outputTokens: number | undefined;
  /** `providerMetadata.atoma.signer`: set in verify mode only. */
  signer: string | undefined;
}

interface Provider {
  name: string;
  model: LanguageModel;
  /** The signer its answers report (verify mode), else undefined. */
  signer?: string;
  /** Why its line is informative only (not a like-for-like contender), shown after its name. */
  informative?: string;
}

/** `providerMetadata` as our provider fills it in verify mode. */
type AtomaMetadata = { atoma?: { signer?: string } } | undefined;

async function generate(model: LanguageModel): Promise<Delivered> {
  const result = await generateText({ model, prompt: PROMPT });
  const { inputTokens, outputTokens } = result.usage;
  return {
    text: result.text,
    inputTokens,
    outputTokens,
    signer: (result.providerMetadata as AtomaMetadata)?.atoma?.signer,
  };
}

async function stream(model: LanguageModel): Promise<Delivered> {
  let failure: unknown;
  const result = streamText({
    model,
    prompt: PROMPT,
    onError: ({ error }) => {
      failure ??= error;
    },
  });
  let text = "";
  for await (const delta of result.textStream) text += delta;
  if (failure) throw failure;
  const { inputTokens, outputTokens } = await result.usage;
  const signer = ((await result.providerMetadata) as AtomaMetadata)?.atoma?.signer;
  return { text, inputTokens, outputTokens, signer };
}

/** A part of the bench: one call, what each call must deliver, and how its time is shown. */
interface Part {
  title: string;
  call: (model: LanguageModel) => Promise<Delivered>;
  want: Omit<Delivered, "signer">;
  /** Calls in a timed batch; calls per provider and round. */
  batch: number;
  calls: number;
  warmup: number;
  unit: "µs per call" | "ms per stream";
}

/** Throws unless `provider`'s call delivered what the server sent. */
function check(part: Part, provider: Provider, got: Delivered): void {
  const want = { ...part.want, signer: provider.signer };
  const wrong = (Object.keys(want) as (keyof Delivered)[]).filter((key) => got[key] !== want[key]);
  if (wrong.length > 0) {
    throw new Error(
      `${provider.name}, ${part.title}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`,
    );
  }
}

/** Checks each provider's answer and warms each up, then races them (see `interleavedRace`). */
async function race(part: Part, providers: Provider[]): Promise<Map<Provider, Figures>> {
  const scale = part.unit === "µs per call" ? 1000 : 1;
  for (const provider of providers) {
    for (let i = 0; i < part.warmup; i++) check(part, provider, await part.call(provider.model));
  }
  const length = { rounds: ROUNDS, turns: part.calls / part.batch };
  return interleavedRace(providers, length, async (provider) => {
    const started = performance.now();
    for (let i = 0; i < part.batch; i++) check(part, provider, await part.call(provider.model));
    return ((performance.now() - started) / part.batch) * scale;
  });
}

function print(part: Part, results: Map<Provider, Figures>): void {
  console.log(`\n## ${part.title}\n`);
  console.log(`| provider | ${part.unit} | ÷ openai-compatible |`);
  console.log("| --- | ---: | ---: |");
  for (const [provider, { time, ratio }] of results) {
    const name = provider.informative
      ? `${provider.name} (informative: ${provider.informative})`
      : provider.name;
    const digits = part.unit === "µs per call" ? 1 : 0;
    // Three decimals: the question is whether a difference of 1% is there.
    console.log(`| ${name} | ${time.toFixed(digits)} | ${ratio.toFixed(3)}× |`);
  }
}

async function main() {
  const signer = createResponseSigner();
  const { completion, stream: eventStream, content } = await signedAnswers(signer);
  const server = await startChildServer(SERVER_SOURCE, { completion, stream: eventStream });
  const openaiCompatible = (fetch?: typeof globalThis.fetch) =>
    createOpenAICompatible({
      name: "atoma",
      baseURL: `${server.url}/v1`,
      apiKey: KEY,
      includeUsage: true,
      supportsStructuredOutputs: true,
      fetch,
    })(MODEL);
  const providers: Provider[] = [
    { name: "@ai-sdk/openai-compatible", model: openaiCompatible() },
    { name: "@atoma-ts/ai-sdk (plain)", model: createAtoma({ apiKey: KEY, baseURL: server.url })(MODEL) },
    {
      name: "@ai-sdk/openai-compatible, again",
      model: openaiCompatible(),
      informative: "the same provider twice: what this run cannot tell apart",
    },
    {
      name: "@ai-sdk/openai-compatible + timeout signal",
      model: openaiCompatible(fetchWithTimeoutSignal),
      informative: "what any fetch that can time out pays, as our client's does with a timeout",
    },
  ];
  if (process.env.BASELINE) {
    const baseline = (await import(
      `${process.env.BASELINE}/packages/ai-sdk/dist/index.js`
    )) as typeof import("../packages/ai-sdk/dist/index.js");
    const model = baseline.createAtoma({ apiKey: KEY, baseURL: server.url })(MODEL);
    providers.push({ name: "@atoma-ts/ai-sdk (plain, baseline)", model });
  }
  if (process.env.VERIFY !== "0") {
    const verified = createAtoma({
      apiKey: KEY,
      baseURL: server.url,
      verify: { trustedSigners: [signer.address] },
    });
    providers.push({
      name: "@atoma-ts/ai-sdk (verify)",
      model: verified(MODEL),
      signer: signer.address,
      informative: "checks every signature",
    });
  }

  const parts: Record<string, Part> = {
    a: {
      title: `a. ${CALLS.toLocaleString("en")} sequential generateText calls per provider and round`,
      call: generate,
      want: { text: FIXED_ANSWER, inputTokens: 3, outputTokens: 3 },
      batch: BATCH,
      calls: CALLS,
      warmup: WARMUP_CALLS,
      unit: "µs per call",
    },
    b: {
      title: `b. streamText of ${CHUNKS.toLocaleString("en")} chunks (${(Buffer.byteLength(eventStream) / 1e6).toFixed(1)} MB), ${STREAMS} per provider and round`,
      call: stream,
      want: { text: content, inputTokens: 12, outputTokens: CHUNKS },
      batch: 1,
      calls: STREAMS,
      warmup: 1,
      unit: "ms per stream",
    },
  };
  console.log(
    `${ROUNDS} rounds, providers interleaved in batches; median batch per round, median round; ratios paired by turn (node ${process.version}, load ${loadavg()[0]!.toFixed(2)})`,
  );
  try {
    for (const key of PARTS) print(parts[key]!, await race(parts[key]!, providers));
  } finally {
    server.stop();
  }
}

await main();
