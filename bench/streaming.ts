/**
 * Benchmark of @atoma-ts/streaming's chat stream, side by side with a floor, eventsource-parser, the
 * `openai` package's stream and the official `atoma-sdk`'s.
 *
 * 1. Parse throughput: an in-memory Atoma-format chat stream (100,000 chunks of multi-byte text with
 *    Atoma's `signature` and `response_hash`, `: keep-alive` comments, a final usage chunk), cut
 *    (seeded) into 1–100 B and into 16–64 KiB pieces, each run reading a fresh `Response` whose body
 *    is a ReadableStream of those pieces.
 * 2. End to end: 20,000 chunks from a loopback node:http server (in its own process, writing a prepared
 *    body) through raw fetch, our client + withStreaming, `openai` and `atoma-sdk`.
 *
 * Each contender (and, in part 1, each split) runs in its own process, so no contender's JIT feedback
 * or heap slows another, driven by this one round by round, contenders interleaved in each round, with
 * a full collection before each run. Each table shows the median round and the ratio to the floor:
 * what any reader must do (body reader, streaming TextDecoder, blank-line scan, JSON.parse). A second
 * floor adds what our stream's contract asks of any reader (chunks added up for `finalCompletion()`,
 * handed over one promise each by an async iterator), to show what is left to our own code. Targets:
 * our chat stream ≤ 1.25× the floor in part 1, our client ≤ 1.3× raw fetch in part 2.
 *
 * "delivered" checks each contender saw all the text and the usage chunk. atoma-sdk's `[DONE]` filter
 * (`discardSentinel`) skips event boundaries after trimming its buffer and does not flush what is left
 * when the body closes without `[DONE]`, as Atoma's do: the tail (the usage chunk, often text) is lost.
 *
 * Run: pnpm --filter @atoma-ts/types --filter @atoma-ts/client build && pnpm exec tsx bench/streaming.ts
 * (ROUNDS=7 CHUNKS=100000 E2E_CHUNKS=20000 E2E_REQUESTS=3 by default; PART=1 or 2 runs one part;
 * ONLY=streaming,openai keeps the floor and the contenders whose name has one of the words;
 * BASELINE=<another checkout, built> adds that checkout's createChatStream and client + withStreaming,
 * so a change is compared with the code before it in one run)
 */
import { fork, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { setFlagsFromString } from "node:v8";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { createParser } from "eventsource-parser";
import OpenAI from "openai";
import { Stream } from "openai/core/streaming";
import { createAtomaClient } from "../packages/client/dist/index.js";
import {
  createChatStream,
  withStreaming,
  type ChatCompletionChunk,
} from "../packages/streaming/src/index.js";
import { createChatAccumulator } from "../packages/streaming/src/internal.js";
import { startChildServer } from "./lib/child-server.ts";
import { atomaChatStream, createFloorScanner, split } from "./lib/stream-fixtures.ts";
import { median } from "./lib/stats.ts";

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const CHUNKS = Number(process.env.CHUNKS ?? 100_000);
const E2E_CHUNKS = Number(process.env.E2E_CHUNKS ?? 20_000);
const E2E_REQUESTS = Number(process.env.E2E_REQUESTS ?? 3);
const MODEL = "meta-llama/Llama-3.3-70B-Instruct";
const KEY = "bench-key";
const STREAM = { stream: true } as const;

/** A fresh response whose body yields `pieces`, one per pull. */
function responseOf(pieces: Uint8Array[]): Response {
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next < pieces.length) controller.enqueue(pieces[next++]!);
      else controller.close();
    },
  });
  return new Response(body, { headers: { "content-type": "text/event-stream" } });
}

// ---- the sink: the same work on each chunk for every contender, checked after each run ----

interface Chunk {
  choices: { delta: { content?: string | null } }[];
  usage?: unknown;
}
let contentSeen = 0;
let usageSeen = 0;
function sink(chunk: Chunk): void {
  const content = chunk.choices[0]?.delta.content;
  if (content) contentSeen += content.length;
  if (chunk.usage) usageSeen++;
}

// ---- contenders on a Response ----

type Reader = (response: Response) => Promise<void>;

/**
 * The floor: one streaming decoder, blank lines found with one indexOf per piece, held-back text
 * joined once, JSON.parse of each `data: ` payload. It knows this stream has one `data` line per
 * event, LF line ends, and comments only as whole blocks.
 */
const floor: Reader = async (response) => {
  const reader = response.body!.getReader();
  const feed = createFloorScanner((data) => {
    if (data !== "[DONE]") sink(JSON.parse(data) as Chunk);
  });
  for (let next = await reader.read(); !next.done; next = await reader.read()) feed(next.value);
};

/**
 * The floor with our stream's contract: each chunk is also added up (the answer is kept for
 * `finalCompletion()`) and handed over by an async iterator, one promise per chunk. Any reader that
 * offers what ours does pays at least this; it shows what is left to our own code.
 */
const floorWithContract: Reader = async (response) => {
  const reader = response.body!.getReader();
  const accumulator = createChatAccumulator();
  const batch: ChatCompletionChunk[] = [];
  let index = 0;
  const feed = createFloorScanner((data) => {
    if (data === "[DONE]") return;
    const chunk = JSON.parse(data) as ChatCompletionChunk;
    accumulator.add(chunk);
    batch.push(chunk);
  });
  async function next(): Promise<IteratorResult<ChatCompletionChunk>> {
    while (index === batch.length) {
      const read = await reader.read();
      if (read.done) return { done: true, value: undefined };
      // Every chunk of the batch was handed over: the array is reused.
      batch.length = 0;
      index = 0;
      feed(read.value);
    }
    return { done: false, value: batch[index++]! };
  }
  for await (const chunk of { [Symbol.asyncIterator]: () => ({ next }) }) sink(chunk);
};

const ours: Reader = async (response) => {
  for await (const chunk of createChatStream(response)) sink(chunk);
};

const eventsourceParser: Reader = async (response) => {
  const parser = createParser({
    onEvent: ({ data }) => {
      if (data !== "[DONE]") sink(JSON.parse(data) as Chunk);
    },
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    parser.feed(decoder.decode(next.value, STREAM));
  }
  parser.feed(decoder.decode());
};

const openai: Reader = async (response) => {
  for await (const chunk of Stream.fromSSEResponse<Chunk>(response, new AbortController())) sink(chunk);
};

/**
 * The official SDK's event stream driven on a Response, as its `chatCreateStream` builds it: its
 * sentinel filter, its event parser and its zod schema (which strips unknown fields and camel-cases).
 */
function atomaSdkReader(): Reader {
  const require = createRequire(import.meta.url);
  const { EventStream, discardSentinel } = require("atoma-sdk/lib/event-streams.js");
  const {
    ChatCompletionStreamResponse$inboundSchema: schema,
  } = require("atoma-sdk/models/components/index.js");
  return async (response) => {
    const stream = new EventStream({
      stream: discardSentinel(response.body, "[DONE]"),
      decoder: (raw: unknown) => schema.parse(raw),
    });
    for await (const event of stream) sink(event.data as Chunk);
  };
}

// ---- one contender, in its own process ----

/** What a contender delivered of the answer: all its text, and the usage chunk. */
interface Delivered {
  lostCharacters: number;
  keepsUsage: boolean;
}

interface Timing extends Delivered {
  ms: number;
}

/** One timed run, and what it should deliver. */
interface Run {
  run: () => Promise<void>;
  want: { content: number; usage: number };
}

interface Contender {
  name: string;
  part: 1 | 2;
  /** Builds the run of a label (a split of part 1, or "loopback"); throws when it cannot run. */
  setup(url: string, label: string): Promise<Run>;
}

const messages = [{ role: "user" as const, content: "Hello!" }];

/** The splits of part 1: the smallest and largest pieces of the stream, each seeded. */
const SPLITS: Record<string, [min: number, max: number, seed: number]> = {
  "1–100 B": [1, 100, 2],
  "16–64 KiB": [16 * 1024, 64 * 1024, 3],
};

/**
 * Part 1: the stream, in one split, read by `read`. A process holds one split only: a million live
 * pieces of the other would make every garbage collection slower, for the readers that keep more.
 */
function parseRuns(read: () => Reader): Contender["setup"] {
  return async (_url, label) => {
    const reader = read();
    const { body, contentLength } = atomaChatStream(CHUNKS, MODEL);
    const pieces = split(new TextEncoder().encode(body), ...SPLITS[label]!);
    return { run: () => reader(responseOf(pieces)), want: { content: contentLength, usage: 1 } };
  };
}

/** Part 2: `request` sent E2E_REQUESTS times to the loopback server, each answer read whole. */
function loopbackRuns(makeRequest: (url: string) => () => Promise<void>) {
  return async (url: string): Promise<Run> => {
    const request = makeRequest(url);
    const { contentLength } = atomaChatStream(E2E_CHUNKS, MODEL);
    const run = async () => {
      for (let i = 0; i < E2E_REQUESTS; i++) await request();
    };
    return { run, want: { content: contentLength * E2E_REQUESTS, usage: E2E_REQUESTS } };
  };
}

const headers = { "content-type": "application/json", authorization: `Bearer ${KEY}` };

const CONTENDERS: Contender[] = [
  { name: "floor (reader + TextDecoder + blank lines + JSON.parse)", part: 1, setup: parseRuns(() => floor) },
  {
    name: "floor + accumulator + async iterator (a plain reader with our contract)",
    part: 1,
    setup: parseRuns(() => floorWithContract),
  },
  {
    name: "@atoma-ts/streaming createChatStream (typed chunks, accumulated)",
    part: 1,
    setup: parseRuns(() => ours),
  },
  { name: "eventsource-parser + JSON.parse", part: 1, setup: parseRuns(() => eventsourceParser) },
  { name: "openai Stream.fromSSEResponse", part: 1, setup: parseRuns(() => openai) },
  { name: "atoma-sdk EventStream (+ zod), on a Response", part: 1, setup: parseRuns(atomaSdkReader) },
  {
    name: "raw fetch + floor",
    part: 2,
    setup: loopbackRuns((url) => {
      const body = JSON.stringify({ model: MODEL, messages, stream: true });
      return async () => floor(await fetch(`${url}/v1/chat/completions`, { method: "POST", headers, body }));
    }),
  },
  {
    name: "raw fetch + floor + accumulator + async iterator (a plain reader with our contract)",
    part: 2,
    setup: loopbackRuns((url) => {
      const body = JSON.stringify({ model: MODEL, messages, stream: true });
      return async () =>
        floorWithContract(await fetch(`${url}/v1/chat/completions`, { method: "POST", headers, body }));
    }),
  },
  {
    name: "@atoma-ts/client + withStreaming",
    part: 2,
    setup: loopbackRuns((url) => {
      const atoma = withStreaming(createAtomaClient({ apiKey: KEY, baseUrl: url }));
      return async () => {
        for await (const chunk of await atoma.chat.stream({ model: MODEL, messages })) sink(chunk);
      };
    }),
  },
  {
    name: "openai chat.completions.create({ stream: true })",
    part: 2,
    setup: loopbackRuns((url) => {
      const client = new OpenAI({ baseURL: `${url}/v1`, apiKey: KEY });
      return async () => {
        const stream = await client.chat.completions.create({ model: MODEL, messages, stream: true });
        for await (const chunk of stream) sink(chunk as Chunk);
      };
    }),
  },
  {
    name: "atoma-sdk (AtomaSDKCore + chatCreateStream)",
    part: 2,
    setup: loopbackRuns((url) => {
      // AtomaSDK itself needs its native blake2 module, which is not built here; its core does not.
      const require = createRequire(import.meta.url);
      const { AtomaSDKCore } = require("atoma-sdk/core.js");
      const { chatCreateStream } = require("atoma-sdk/funcs/chatCreateStream.js");
      const core = new AtomaSDKCore({ bearerAuth: KEY, serverURL: url });
      return async () => {
        const result = await chatCreateStream(core, { model: MODEL, messages, stream: true });
        if (!result.ok) throw result.error;
        for await (const event of result.value) sink(event.data as Chunk);
      };
    }),
  },
];

type Command = { setup: string; url: string; label: string } | { run: true };
type Reply = { ready: true } | { failed: string } | Timing;

/** The worker side: sets its contender up for one label, then times one run per command. */
async function serveContender(name: string): Promise<void> {
  const contender = CONTENDERS.find((candidate) => candidate.name === name)!;
  setFlagsFromString("--expose-gc");
  const collectGarbage = runInNewContext("gc") as () => void;
  let timed: Run | undefined;
  const reply = (message: Reply) => process.send!(message);
  process.on("message", async (command: Command) => {
    if ("setup" in command) {
      try {
        timed = await contender.setup(command.url, command.label);
        reply({ ready: true });
      } catch (error) {
        reply({ failed: (error as Error).message.split("\n")[0]! });
      }
      return;
    }
    const { run, want } = timed!;
    contentSeen = 0;
    usageSeen = 0;
    collectGarbage();
    const started = performance.now();
    await run();
    const ms = performance.now() - started;
    reply({ ms, lostCharacters: want.content - contentSeen, keepsUsage: usageSeen === want.usage });
  });
}

// ---- the driver ----

/** A contender's process, answering one command at a time. */
class Worker {
  readonly #child: ChildProcess;
  #pending: { resolve: (reply: Reply) => void; reject: (error: Error) => void } | undefined;
  constructor(readonly name: string) {
    this.#child = fork(fileURLToPath(import.meta.url), [], {
      env: { ...process.env, BENCH_CONTENDER: name },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    this.#child.on("message", (message) => this.#pending?.resolve(message as Reply));
    this.#child.on("exit", (code) => this.#pending?.reject(new Error(`${name} exited with ${code}`)));
  }
  ask(command: Command): Promise<Reply> {
    return new Promise((resolve, reject) => {
      this.#pending = { resolve, reject };
      this.#child.send(command);
    });
  }
  stop(): void {
    this.#pending = undefined;
    this.#child.kill();
  }
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

/** "all", or what was lost. */
function completeness({ lostCharacters, keepsUsage }: Delivered): string {
  const lost = [
    lostCharacters > 0 && `${lostCharacters.toLocaleString("en")} characters`,
    !keepsUsage && "the usage chunk",
  ];
  const missing = lost.filter(Boolean).join(" and ");
  return missing ? `LOST ${missing}` : "all";
}

/** The built packages of another checkout (BASELINE), as contenders beside ours. */
const BASELINE = process.env.BASELINE;
if (BASELINE) {
  const load = (name: string) => import(`${BASELINE}/packages/${name}/dist/index.js`);
  CONTENDERS.push(
    {
      name: "createChatStream (baseline)",
      part: 1,
      setup: async (url, label) => {
        const before = (await load("streaming")) as { createChatStream: typeof createChatStream };
        const read: Reader = async (response) => {
          for await (const chunk of before.createChatStream(response)) sink(chunk);
        };
        return parseRuns(() => read)(url, label);
      },
    },
    {
      name: "@atoma-ts/client + withStreaming (baseline)",
      part: 2,
      setup: async (url) => {
        const client = (await load("client")) as { createAtomaClient: typeof createAtomaClient };
        const streaming = (await load("streaming")) as { withStreaming: typeof withStreaming };
        const atoma = streaming.withStreaming(client.createAtomaClient({ apiKey: KEY, baseUrl: url }));
        return loopbackRuns(() => async () => {
          for await (const chunk of await atoma.chat.stream({ model: MODEL, messages })) sink(chunk);
        })(url);
      },
    },
  );
}

/** ONLY=streaming,openai keeps the floor and the contenders whose name has one of the words. */
const wanted = (contender: Contender, index: number, all: Contender[]) => {
  const only = process.env.ONLY?.split(",");
  const first = all.find((candidate) => candidate.part === contender.part) === contender;
  return !only || first || only.some((word) => contender.name.includes(word));
};

/**
 * Starts a process per contender and label, runs a warm-up and `ROUNDS` rounds (contenders interleaved,
 * in a rotating order), and returns each contender's median timing by label, and the notes of those
 * that could not run.
 */
async function race(part: 1 | 2, labels: string[], url = "") {
  const contenders = CONTENDERS.filter((c) => c.part === part).filter(wanted);
  const notes = new Set<string>();
  const medians = new Map<string, Map<string, Timing>>(contenders.map(({ name }) => [name, new Map()]));
  for (const label of labels) {
    const running: Worker[] = [];
    for (const { name } of contenders) {
      const worker = new Worker(name);
      const reply = await worker.ask({ setup: name, url, label });
      if ("failed" in reply) {
        notes.add(`${name}: cannot run: ${reply.failed}`);
        medians.delete(name);
        worker.stop();
      } else running.push(worker);
    }
    const times = new Map<string, number[]>(running.map(({ name }) => [name, []]));
    for (let round = -1; round < ROUNDS; round++) {
      for (let k = 0; k < running.length; k++) {
        const worker = running[(k + Math.max(round, 0)) % running.length]!;
        const timing = (await worker.ask({ run: true })) as Timing;
        if (round < 0) medians.get(worker.name)!.set(label, timing);
        else times.get(worker.name)!.push(timing.ms);
      }
    }
    for (const worker of running) {
      worker.stop();
      medians.get(worker.name)!.get(label)!.ms = median(times.get(worker.name)!);
    }
  }
  return { medians, notes: [...notes] };
}

// ---- 1. parse throughput ----

async function parseThroughput() {
  const { body } = atomaChatStream(CHUNKS, MODEL);
  const size = new TextEncoder().encode(body).length;
  const labels = Object.keys(SPLITS);
  const { medians, notes } = await race(1, labels);
  const floorName = [...medians.keys()][0]!;
  const mb = (size / 1e6).toFixed(1);
  console.log(
    `\n## 1. Parse throughput: ${CHUNKS.toLocaleString("en")} chunks, ${mb} MB, median of ${ROUNDS} rounds\n`,
  );
  console.log(`| reader | ${labels.map((label) => `${label} | ÷ floor`).join(" | ")} | delivered |`);
  console.log(`| --- | ${labels.map(() => "---: | ---:").join(" | ")} | --- |`);
  for (const [name, byLabel] of medians) {
    const cells = labels.map((label) => {
      const value = byLabel.get(label)!.ms;
      return `${ms(value)} | ${ratio(value, medians.get(floorName)!.get(label)!.ms)}`;
    });
    const delivered = [...new Set(labels.map((label) => completeness(byLabel.get(label)!)))];
    console.log(`| ${name} | ${cells.join(" | ")} | ${delivered.join("; ")} |`);
  }
  for (const note of notes) console.log(`\n${note}`);
}

// ---- 2. end to end over loopback ----

/** A node:http server in a child process answering every POST with `body`; resolves to its URL. */
async function startServer(body: string) {
  const source = `
    let body;
    const server = require("node:http").createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
        for (let at = 0; at < body.length; at += 16384) res.write(body.subarray(at, at + 16384));
        res.end();
      });
    });
    server.keepAliveTimeout = 60_000;
    process.on("message", (text) => {
      body = Buffer.from(text);
      server.listen(0, "127.0.0.1", () => process.send(server.address().port));
    });`;
  return startChildServer(source, body);
}

async function endToEnd() {
  const { body } = atomaChatStream(E2E_CHUNKS, MODEL);
  const server = await startServer(body);
  try {
    const { medians, notes } = await race(2, ["loopback"], server.url);
    const base = [...medians.values()][0]!.get("loopback")!.ms;
    const mb = (new TextEncoder().encode(body).length / 1e6).toFixed(1);
    console.log(
      `\n## 2. End to end over loopback: ${E2E_CHUNKS.toLocaleString("en")} chunks (${mb} MB) × ${E2E_REQUESTS} requests, median of ${ROUNDS} rounds\n`,
    );
    console.log("| client | per request | ÷ raw fetch | delivered |");
    console.log("| --- | ---: | ---: | --- |");
    for (const [name, byLabel] of medians) {
      const result = byLabel.get("loopback")!;
      console.log(
        `| ${name} | ${ms(result.ms / E2E_REQUESTS)} | ${ratio(result.ms, base)} | ${completeness(result)} |`,
      );
    }
    for (const note of notes) console.log(`\n${note}`);
  } finally {
    server.stop();
  }
}

if (process.env.BENCH_CONTENDER) {
  await serveContender(process.env.BENCH_CONTENDER);
} else {
  console.log(`node ${process.version}, ${CHUNKS.toLocaleString("en")} chunks, ${ROUNDS} rounds`);
  if (process.env.PART !== "2") await parseThroughput();
  if (process.env.PART !== "1") await endToEnd();
}
