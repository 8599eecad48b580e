// What the stream benchmarks share: seeded randomness, multi-byte words, and seeded splitting, so
// every run builds and splits the same bytes.

/** mulberry32: a small seeded PRNG. */
export function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Content words with 2-, 3- and 4-byte UTF-8 characters (and one that looks like an SSE field). */
export const WORDS = [
  "héllo",
  "wörld",
  "✓",
  "🚀",
  "naïve",
  "café",
  "日本語",
  "Ελληνικά",
  "data:",
  "emoji 😀",
  "plain",
];

/** Splits bytes into pieces of `min` to `max` bytes, the same way for the same seed. */
export function split(bytes: Uint8Array, min: number, max: number, seed: number): Uint8Array[] {
  const random = seeded(seed);
  const pieces: Uint8Array[] = [];
  for (let start = 0; start < bytes.length;) {
    const end = Math.min(bytes.length, start + min + Math.floor(random() * (max - min + 1)));
    pieces.push(bytes.subarray(start, end));
    start = end;
  }
  return pieces;
}

/** Atoma writes a `: keep-alive` comment after every fourth event (and so does the mock server). */
const KEEP_ALIVE_EVERY = 4;

/**
 * The chunks of a chat answer of `count` chunks as Atoma's nodes write them, each compact JSON without
 * its signature (seeded multi-byte text, then a `finish_reason` chunk and a usage chunk of `count`
 * completion tokens and 12 prompt tokens), and the answer's text.
 */
export function atomaChatChunks(count: number, model: string): { chunks: string[]; content: string } {
  const random = seeded(1);
  const base = { id: "chatcmpl-bench", object: "chat.completion.chunk", created: 1736950000, model };
  const chunks: string[] = [];
  const contents: string[] = [];
  for (let i = 0; i < count - 2; i++) {
    const content = Array.from({ length: 6 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(" ");
    contents.push(content);
    const delta = i === 0 ? { role: "assistant", content } : { content };
    chunks.push(
      JSON.stringify({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: null }] }),
    );
  }
  chunks.push(
    JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: "stop" }] }),
    JSON.stringify({
      ...base,
      choices: [],
      usage: { prompt_tokens: 12, completion_tokens: count, total_tokens: count + 12 },
    }),
  );
  return { chunks, content: contents.join("") };
}

/** The SSE body of `events` (each a `data:` payload), with Atoma's keep-alive comments between them. */
export function eventStreamOf(events: string[]): string {
  return events
    .map(
      (data, i) =>
        `data: ${data}\n\n${i % KEEP_ALIVE_EVERY === KEEP_ALIVE_EVERY - 1 ? ": keep-alive\n\n" : ""}`,
    )
    .join("");
}

/**
 * The SSE body of a chat answer of `count` chunks (see {@link atomaChatChunks}), each with a
 * `signature` and `response_hash` of the right length that no one checks, and its text's length.
 */
export function atomaChatStream(count: number, model: string): { body: string; contentLength: number } {
  const { chunks, content } = atomaChatChunks(count, model);
  const signed = `,"signature":"${"A".repeat(132)}","response_hash":"${"B".repeat(43)}="}`;
  return {
    body: eventStreamOf(chunks.map((json) => json.slice(0, -1) + signed)),
    contentLength: content.length,
  };
}

const LF = 0x0a;
const DECODE_STREAM = { stream: true } as const;

/**
 * The floor every stream reader is measured against: one streaming TextDecoder and a scan for blank
 * lines, calling `onData` with each event's `data: ` payload. It assumes what Atoma writes (LF line
 * ends, one `data:` line per event), which a real parser may not. Feed it the body's pieces.
 */
export function createFloorScanner(onData: (data: string) => void): (piece: Uint8Array) => void {
  const decoder = new TextDecoder();
  const pending: string[] = [];
  let pendingEndsInLF = false;
  const block = (text: string, start: number, end: number) => {
    if (text.charCodeAt(start) === 0x64 /* d */) onData(text.slice(start + 6, end));
  };
  return (piece) => {
    const text = decoder.decode(piece, DECODE_STREAM);
    if (text.length === 0) return;
    let start = 0;
    if (pendingEndsInLF && text.charCodeAt(0) === LF) {
      const joined = pending.join("");
      pending.length = 0;
      block(joined, 0, joined.length - 1);
      start = 1;
    }
    for (let end = text.indexOf("\n\n", start); end !== -1; end = text.indexOf("\n\n", start)) {
      if (pending.length > 0) {
        pending.push(text.slice(start, end));
        const joined = pending.join("");
        pending.length = 0;
        block(joined, 0, joined.length);
      } else {
        block(text, start, end);
      }
      start = end + 2;
    }
    if (start < text.length) pending.push(start === 0 ? text : text.slice(start));
    pendingEndsInLF = start < text.length && text.charCodeAt(text.length - 1) === LF;
  };
}
