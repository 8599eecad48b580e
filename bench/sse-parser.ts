/**
 * Benchmark of @atoma-ts/streaming's SSE parser on an Atoma-format chat stream, against a floor (decode
 * + find blank lines + JSON.parse, nothing else) and eventsource-parser.
 *
 * Run: pnpm exec tsx bench/sse-parser.ts   (ROUNDS=n to change the number of rounds)
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createParser } from "eventsource-parser";
import { createSSEParser } from "../packages/streaming/src/index.js";
import { createFloorScanner, seeded, split, WORDS } from "./lib/stream-fixtures.ts";
import { median } from "./lib/stats.ts";

const CHUNKS = 100_000;
const KEEP_ALIVE_EVERY = 10;
const ROUNDS = Number(process.env.ROUNDS ?? 11);
const STREAM = { stream: true } as const;

function atomaStream(): Uint8Array {
  const random = seeded(1);
  const parts: string[] = [];
  for (let i = 0; i < CHUNKS; i++) {
    const words = Array.from({ length: 24 }, () => WORDS[Math.floor(random() * WORDS.length)]);
    const chunk = {
      id: `chatcmpl-${i}`,
      object: "chat.completion.chunk",
      created: 1736950000,
      model: "meta-llama/Llama-3.3-70B-Instruct",
      choices: [{ index: 0, delta: { content: words.join(" ") }, logprobs: null, finish_reason: null }],
    };
    parts.push(`data: ${JSON.stringify(chunk)}\n\n`);
    if (i % KEEP_ALIVE_EVERY === KEEP_ALIVE_EVERY - 1) parts.push(": keep-alive\n\n");
  }
  parts.push("data: [DONE]\n\n");
  return new TextEncoder().encode(parts.join(""));
}

// The same sink for every contender, so none can skip the work.
let checksum = 0;
function consume(data: string): void {
  if (data === "[DONE]") return;
  checksum += (JSON.parse(data) as { choices: { delta: { content: string } }[] }).choices[0]!.delta.content
    .length;
}

/**
 * The floor: what any reader of this stream must do. One streaming decoder, blank lines found with
 * one indexOf per piece, held-back text joined once, JSON.parse of each `data: ` payload; it knows the
 * stream has one `data` line per event, LF line ends and comments only as whole blocks.
 */
function floor(pieces: Uint8Array[]): void {
  const feed = createFloorScanner(consume);
  for (const piece of pieces) feed(piece);
}

function ours(pieces: Uint8Array[]): void {
  const parser = createSSEParser({ onEvent: (event) => consume(event.data), onComment: () => {} });
  for (const piece of pieces) parser.feed(piece);
  parser.end();
}

/** Our parser alone, for inputs that are not JSON. */
function parseOnly(pieces: Uint8Array[]): void {
  const parser = createSSEParser({ onEvent: (event) => (checksum += event.data.length) });
  for (const piece of pieces) parser.feed(piece);
  parser.end();
}

function eventsourceParser(pieces: Uint8Array[]): void {
  const decoder = new TextDecoder();
  const parser = createParser({ onEvent: (event) => consume(event.data), onComment: () => {} });
  for (const piece of pieces) parser.feed(decoder.decode(piece, STREAM));
  parser.feed(decoder.decode());
}

// A full collection before each timed run, so no contender pays for another's garbage.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

function time(run: () => void): number {
  collectGarbage();
  const start = performance.now();
  run();
  return performance.now() - start;
}

interface Timing {
  median: number;
  min: number;
}

/**
 * Times of each contender over `ROUNDS` rounds, the contenders interleaved in each round. The median
 * is the figure to quote; the minimum shows the cost with the least interference from other load.
 */
function race<Name extends string>(
  contenders: Record<Name, () => void>,
  rounds = ROUNDS,
): Record<Name, Timing> {
  const entries = Object.entries(contenders) as [Name, () => void][];
  const times = new Map<Name, number[]>(entries.map(([name]) => [name, []]));
  for (const [, run] of entries) run(); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of entries) times.get(name)!.push(time(run));
  }
  return Object.fromEntries(
    [...times].map(([name, values]) => [name, { median: median(values), min: Math.min(...values) }]),
  ) as Record<Name, Timing>;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

function throughput(): void {
  const bytes = atomaStream();
  console.log(
    `Atoma stream: ${CHUNKS.toLocaleString("en")} chunks, ${(bytes.length / 1e6).toFixed(1)} MB, ` +
      `a keep-alive every ${KEEP_ALIVE_EVERY}; median of ${ROUNDS} rounds (÷ floor), min in brackets\n`,
  );
  const rows: string[][] = [["split", "pieces", "floor", "ours", "eventsource-parser"]];
  for (const [name, min, max] of [
    ["1–100 B", 1, 100],
    ["16–64 KiB", 16 * 1024, 64 * 1024],
  ] as const) {
    const pieces = split(bytes, min, max, 42);
    const { floor: base, ...others } = race({
      floor: () => floor(pieces),
      ours: () => ours(pieces),
      eventsourceParser: () => eventsourceParser(pieces),
    });
    const cell = (t: Timing) => `${ms(t.median)} ${ratio(t.median, base.median)} [${ratio(t.min, base.min)}]`;
    rows.push([
      name,
      pieces.length.toLocaleString("en"),
      `${ms(base.median)} [${ms(base.min)}]`,
      cell(others.ours),
      cell(others.eventsourceParser),
    ]);
  }
  printTable(rows);
}

/** The same data in events of different sizes (in characters), fed in tiny pieces, should cost the same. */
function linearity(): void {
  const total = 512 * 1024;
  const repeat = 20;
  const streamOf = (eventSize: number) => {
    const event = `data: ${"héllo wörld ✓ 🚀 ".repeat(eventSize).slice(0, eventSize)}\n\n`;
    return new TextEncoder().encode(event.repeat(total / eventSize));
  };
  const small = split(streamOf(8 * 1024), 1, 100, 7);
  const large = split(streamOf(64 * 1024), 1, 100, 7);
  const feed = (pieces: Uint8Array[]) => () => {
    for (let i = 0; i < repeat; i++) parseOnly(pieces);
  };
  const t = race({ small: feed(small), large: feed(large) });
  console.log(
    `\nLinearity: 512 Ki characters of multi-byte data in 1–100 B pieces, ×${repeat}, median of ${ROUNDS} rounds`,
  );
  printTable([
    ["events of", "time"],
    ["8 KiB", ms(t.small.median)],
    ["64 KiB", ms(t.large.median)],
    ["64 KiB ÷ 8 KiB", ratio(t.large.median, t.small.median)],
  ]);

  const mib = 1024 * 1024;
  const bytesOf = (size: number) => new TextEncoder().encode(`data: ${"x".repeat(size)}\n\n`);
  const oneMiB = split(bytesOf(mib), 1, 1, 0);
  const tenMiB = split(bytesOf(10 * mib), 1, 1, 0);
  const raw = (pieces: Uint8Array[]) => () => parseOnly(pieces);
  const slowRounds = Math.min(ROUNDS, 3);
  const u = race(
    {
      oneMiBx10: () => {
        for (let i = 0; i < 10; i++) raw(oneMiB)();
      },
      tenMiB: raw(tenMiB),
    },
    slowRounds,
  );
  console.log(`\nOne event fed a byte at a time, median of ${slowRounds} rounds`);
  printTable([
    ["input", "time"],
    ["1 MiB event ×10", ms(u.oneMiBx10.median)],
    ["one 10 MiB event", ms(u.tenMiB.median)],
    ["10 MiB ÷ (1 MiB ×10)", ratio(u.tenMiB.median, u.oneMiBx10.median)],
  ]);
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const [index, row] of rows.entries()) {
    console.log(`| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`);
    if (index === 0) console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
  }
}

throughput();
linearity();
if (checksum === 0) console.log("(checksum 0)");
