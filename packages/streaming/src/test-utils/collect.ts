import { createSSEParser, type SSEEvent, type SSEParserOptions } from "../sse-parser.js";

/** Everything a parser reported, in a shape `toEqual` can compare. */
export interface Collected {
  events: SSEEvent[];
  comments: string[];
  retries: number[];
}

/** Feeds `pieces` to a fresh parser, ends it, and returns what it reported. */
export function collect(
  pieces: Iterable<Uint8Array | string>,
  options: Omit<SSEParserOptions, "onEvent" | "onComment" | "onRetry"> = {},
): Collected {
  const collected: Collected = { events: [], comments: [], retries: [] };
  const parser = createSSEParser({
    ...options,
    onEvent: (event) => collected.events.push(event),
    onComment: (comment) => collected.comments.push(comment),
    onRetry: (retry) => collected.retries.push(retry),
  });
  for (const piece of pieces) parser.feed(piece);
  parser.end();
  return collected;
}

/** A message event, as the parser reports it. */
export const message = (data: string, id?: string): SSEEvent => ({ data, event: undefined, id });

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** `whole` cut at each of `cuts` (sorted or not, clamped, duplicates give empty pieces). */
export function cutAt<T extends Uint8Array | string>(whole: T, cuts: readonly number[]): T[] {
  const sorted = cuts.map((cut) => Math.min(Math.max(cut, 0), whole.length)).sort((a, b) => a - b);
  const pieces: T[] = [];
  let start = 0;
  for (const cut of [...sorted, whole.length]) {
    pieces.push(whole.slice(start, cut) as T);
    start = cut;
  }
  return pieces;
}

/** `whole` in pieces of `size` units (views, for bytes). */
export function piecesOf<T extends Uint8Array | string>(whole: T, size: number): T[] {
  const pieces: T[] = [];
  for (let start = 0; start < whole.length; start += size) {
    const end = start + size;
    pieces.push((typeof whole === "string" ? whole.slice(start, end) : whole.subarray(start, end)) as T);
  }
  return pieces;
}
