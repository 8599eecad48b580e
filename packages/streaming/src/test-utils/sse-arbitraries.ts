import fc from "fast-check";
import type { SSEEvent } from "../sse-parser.js";

const LINE_ENDS = ["\n", "\r", "\r\n"] as const;

// Multi-byte text: 2-, 3- and 4-byte UTF-8 (emoji are surrogate pairs), and the characters that
// matter to the syntax: colons, spaces, NUL and a BOM inside a value.
const interesting = fc.constantFrom("é", "ö", "✓", "€", "🚀", "𝄞", "😀", ":", " ", "\uFEFF", "\0", "a");
const unit = fc.oneof(interesting, fc.string({ unit: "binary", minLength: 1, maxLength: 1 }));

/** A field value: any text without a line end. */
export const value = fc.array(unit, { maxLength: 12 }).map((units) => units.join("").replace(/[\r\n]/g, "_"));

/** One event as a server would write it: its lines, with an optional comment and retry. */
export interface EventSpec {
  data: string[];
  event?: string;
  id?: string;
  comment?: string;
  retry?: number;
}

export const eventSpec: fc.Arbitrary<EventSpec> = fc.record(
  {
    data: fc.array(value, { minLength: 1, maxLength: 4 }),
    event: value,
    id: value.map((id) => id.replace(/\0/g, "")),
    comment: value,
    retry: fc.nat({ max: 100_000 }),
  },
  { requiredKeys: ["data"] },
);

/** A stream of events, the line end of every line chosen at random, and what a parser should report. */
export const sseStream = fc
  .tuple(
    fc.array(eventSpec, { maxLength: 8 }),
    fc.infiniteStream(fc.constantFrom(...LINE_ENDS)),
    fc.boolean(),
  )
  .map(([specs, lineEnds, bom]) => {
    const ends = lineEnds[Symbol.iterator]();
    let previous = "";
    const line = (text: string) => {
      let end: string = ends.next().value!;
      // After a CR, an empty line ended by LF would be read as the LF of a CRLF: no blank line at all.
      if (text === "" && previous === "\r" && end === "\n") end = "\r\n";
      previous = end;
      return text + end;
    };
    // Without the space, "data:" + a value that starts with one would lose it.
    const field = (name: string, text: string) =>
      line(text.startsWith(" ") ? `${name}: ${text}` : `${name}:${text}`);
    let text = bom ? "\uFEFF" : "";
    const events: SSEEvent[] = [];
    const retries: number[] = [];
    const comments: string[] = [];
    let lastId: string | undefined;
    for (const spec of specs) {
      if (spec.comment !== undefined) text += line(`:${spec.comment}`);
      if (spec.event !== undefined) text += field("event", spec.event);
      if (spec.id !== undefined) text += field("id", spec.id);
      if (spec.retry !== undefined) text += field("retry", String(spec.retry));
      for (const data of spec.data) text += field("data", data);
      text += line("");
      if (spec.id !== undefined) lastId = spec.id === "" ? undefined : spec.id;
      if (spec.retry !== undefined) retries.push(spec.retry);
      if (spec.comment !== undefined) comments.push(spec.comment.replace(/^ /, ""));
      events.push({ data: spec.data.join("\n"), event: spec.event || undefined, id: lastId });
    }
    return { text, collected: { events, comments, retries } };
  });

/** Cut positions for a text or byte sequence of `length` units. */
export const cuts = (length: number) =>
  fc.array(fc.nat({ max: length }), { maxLength: Math.min(length, 40) });
