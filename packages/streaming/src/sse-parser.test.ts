import { describe, expect, it } from "vitest";
import { createSSEParser, type SSEEvent } from "./sse-parser.js";
import { isStreamError, StreamError } from "./stream-error.js";
import { collect, type Collected, encode, message, piecesOf } from "./test-utils/collect.js";

interface Row {
  name: string;
  given: string;
  want: Partial<Collected>;
}

const typed = (data: string, event: string | undefined, id?: string): SSEEvent => ({ data, event, id });

const rows: Row[] = [
  // The standard's examples (HTML Living Standard, 9.2.5 and 9.2.6).
  {
    name: "standard: three messages, one of two lines",
    given:
      "data: This is the first message.\n\ndata: This is the second message, it\ndata: has two lines.\n\ndata: This is the third message.\n\n",
    want: {
      events: [
        message("This is the first message."),
        message("This is the second message, it\nhas two lines."),
        message("This is the third message."),
      ],
    },
  },
  {
    name: "standard: event types",
    given: "event: add\ndata: 73857293\n\nevent: remove\ndata: 2153\n\nevent: add\ndata: 113411\n\n",
    want: { events: [typed("73857293", "add"), typed("2153", "remove"), typed("113411", "add")] },
  },
  {
    name: "standard: stock ticker",
    given: "data: YHOO\ndata: +2\ndata: 10\n\n",
    want: { events: [message("YHOO\n+2\n10")] },
  },
  {
    name: "standard: test stream with ids (the last block dispatched at the end)",
    given: ": test stream\n\ndata: first event\nid: 1\n\ndata:second event\nid\n\ndata:  third event\n",
    want: {
      events: [message("first event", "1"), message("second event"), message(" third event")],
      comments: ["test stream"],
    },
  },
  {
    name: "standard: empty data lines",
    given: "data\n\ndata\ndata\n\ndata:",
    want: { events: [message(""), message("\n"), message("")] },
  },
  {
    name: "standard: one space after the colon is optional",
    given: "data:test\n\ndata: test\n\n",
    want: { events: [message("test"), message("test")] },
  },
  // Line ends.
  { name: "LF", given: "data: a\n\ndata: b\n\n", want: { events: [message("a"), message("b")] } },
  { name: "CR", given: "data: a\r\rdata: b\r\r", want: { events: [message("a"), message("b")] } },
  { name: "CRLF", given: "data: a\r\n\r\ndata: b\r\n\r\n", want: { events: [message("a"), message("b")] } },
  {
    name: "mixed line ends",
    given: "data: a\r\ndata: b\rdata: c\n\r\n",
    want: { events: [message("a\nb\nc")] },
  },
  {
    name: "LF then CR is two line ends",
    given: "data: a\n\rdata: b\n\n",
    want: { events: [message("a"), message("b")] },
  },
  // BOM.
  { name: "a leading BOM is skipped", given: "\uFEFFdata: a\n\n", want: { events: [message("a")] } },
  {
    name: "only one BOM is skipped",
    given: "\uFEFF\uFEFFdata: a\n\ndata: b\n\n",
    want: { events: [message("b")] },
  },
  {
    name: "a BOM later is not skipped",
    given: "data: a\n\n\uFEFFdata: b\n\n",
    want: { events: [message("a")] },
  },
  // Comments.
  { name: "keep-alive comment", given: ": keep-alive\n\n", want: { events: [], comments: ["keep-alive"] } },
  { name: "comments, spacing", given: ":x\n:  y\n:\n", want: { comments: ["x", " y", ""] } },
  {
    name: "a comment between data lines",
    given: "data: a\n: c\ndata: b\n\n",
    want: { events: [message("a\nb")], comments: ["c"] },
  },
  // Fields.
  { name: "event", given: "event: add\ndata: x\n\n", want: { events: [typed("x", "add")] } },
  {
    name: "the event type resets after dispatch",
    given: "event: add\ndata: x\n\ndata: y\n\n",
    want: { events: [typed("x", "add"), message("y")] },
  },
  {
    name: "an empty event type is the default",
    given: "event: add\nevent:\ndata: x\n\n",
    want: { events: [message("x")] },
  },
  {
    name: "an event without data is dropped, its type too",
    given: "event: add\n\ndata: x\n\n",
    want: { events: [message("x")] },
  },
  {
    name: "the last event id persists",
    given: "id: 1\ndata: a\n\ndata: b\n\n",
    want: { events: [message("a", "1"), message("b", "1")] },
  },
  {
    name: "an id with NUL is ignored",
    given: "id: 1\ndata: a\n\nid: 2\0\ndata: b\n\n",
    want: { events: [message("a", "1"), message("b", "1")] },
  },
  {
    name: "an empty id clears the last event id",
    given: "id: 1\ndata: a\n\nid\ndata: b\n\n",
    want: { events: [message("a", "1"), message("b")] },
  },
  {
    name: "an id on a dropped event still counts",
    given: "id: 7\n\ndata: a\n\n",
    want: { events: [message("a", "7")] },
  },
  { name: "retry", given: "retry: 3000\nretry:0\n", want: { retries: [3000, 0] } },
  {
    name: "retry other than digits is ignored",
    given: "retry: 30s\nretry: -1\nretry:\nretry: 1.5\nretry:  100\nretry: ١٢\n",
    want: { retries: [] },
  },
  {
    name: "a field without a colon",
    given: "data\n\nevent\ndata\n\n",
    want: { events: [message(""), message("")] },
  },
  { name: "one space is stripped", given: "data:  two\n\n", want: { events: [message(" two")] } },
  {
    name: "no space to strip",
    given: "data:x\n\ndata:\tx\n\n",
    want: { events: [message("x"), message("\tx")] },
  },
  {
    name: "unknown fields are ignored (names are exact)",
    given: "foo: bar\ndata: a\nDATA: b\n data: c\ndatum: d\nevents: e\n\n",
    want: { events: [message("a")] },
  },
  { name: "colons in the value", given: "data: a:b: c\n\n", want: { events: [message("a:b: c")] } },
  { name: "NUL in data is kept", given: "data: a\0b\n\n", want: { events: [message("a\0b")] } },
  {
    name: "multi-byte text",
    given: "data: héllo wörld ✓ 🚀\n\n",
    want: { events: [message("héllo wörld ✓ 🚀")] },
  },
  // Dispatch.
  { name: "blank lines alone dispatch nothing", given: "\n\n\r\n\r", want: { events: [] } },
  { name: "no dispatch without data", given: "event: x\nid: 1\n\n", want: { events: [] } },
  {
    name: "a last event without blank line (no line end)",
    given: "data: a",
    want: { events: [message("a")] },
  },
  { name: "a last event without blank line (LF)", given: "data: a\n", want: { events: [message("a")] } },
  { name: "a last event without blank line (CR)", given: "data: a\r", want: { events: [message("a")] } },
  {
    name: "a last event keeps its fields",
    given: "event: e\nid: 3\ndata: a",
    want: { events: [typed("a", "e", "3")] },
  },
  { name: "a last block without data is dropped", given: "event: x\nid: 1", want: { events: [] } },
];

const modes: [string, (text: string) => (Uint8Array | string)[]][] = [
  ["whole text", (text) => [text]],
  ["whole bytes", (text) => [encode(text)]],
  ["1-byte pieces", (text) => piecesOf(encode(text), 1)],
  ["3-byte pieces", (text) => piecesOf(encode(text), 3)],
  ["1-character text pieces", (text) => piecesOf(text, 1)],
];

describe("createSSEParser", () => {
  describe.each(modes)("fed as %s", (_mode, split) => {
    it.each(rows)("$name", ({ given, want }) => {
      expect(collect(split(given))).toEqual({ events: [], comments: [], retries: [], ...want });
    });
  });

  it("takes a CRLF split across two pieces as one line end", () => {
    expect(collect(["data: a\r", "\ndata: b\r", "\n\r", "\n"]).events).toEqual([message("a\nb")]);
  });

  it("decodes a character split across pieces", () => {
    const bytes = encode("data: 🚀é\n\n");
    expect(collect([bytes.slice(0, 8), bytes.slice(8, 11), bytes.slice(11)]).events).toEqual([
      message("🚀é"),
    ]);
  });

  it("skips a BOM split across pieces", () => {
    expect(
      collect([new Uint8Array([0xef]), new Uint8Array([0xbb]), encode("\uFEFFdata: a\n\n").slice(2)]).events,
    ).toEqual([message("a")]);
  });

  it("replaces bytes of an unfinished character with U+FFFD (at the end, or before text)", () => {
    const cut = encode("data: é").slice(0, -1);
    expect(collect([cut]).events).toEqual([message("\uFFFD")]);
    expect(collect([cut, "\n\n"]).events).toEqual([message("\uFFFD")]);
  });

  it("reads a 1 MiB event fed a byte at a time", () => {
    const data = "x".repeat(1024 * 1024);
    expect(collect(piecesOf(encode(`data: ${data}\n\n`), 1)).events).toEqual([message(data)]);
  });

  it("works without the optional callbacks", () => {
    const events: SSEEvent[] = [];
    const parser = createSSEParser({ onEvent: (event) => events.push(event) });
    parser.feed(": hi\nretry: 5\ndata: a\n\n");
    expect(events).toEqual([message("a")]);
  });

  it("is reset by end(), ready for a new stream", () => {
    const events: SSEEvent[] = [];
    const parser = createSSEParser({ onEvent: (event) => events.push(event) });
    parser.feed("id: 1\ndata: a");
    parser.end();
    parser.feed("\uFEFFdata: b\n\n");
    expect(events).toEqual([message("a", "1"), message("b")]);
  });

  it("forgets the pending event, the last event id and held bytes on reset()", () => {
    const events: SSEEvent[] = [];
    const parser = createSSEParser({ onEvent: (event) => events.push(event) });
    parser.feed("id: 1\ndata: a\n\nevent: x\ndata: b\ndat");
    parser.feed(encode("é").slice(0, 1));
    parser.reset();
    parser.feed("data: c\n\n");
    expect(events).toEqual([message("a", "1"), message("c")]);
  });

  it("rejects a maxEventSize that is not positive", () => {
    expect(() => createSSEParser({ onEvent: () => {}, maxEventSize: 0 })).toThrow(RangeError);
    expect(() => createSSEParser({ onEvent: () => {}, maxEventSize: Number.NaN })).toThrow(RangeError);
  });
});

describe("maxEventSize", () => {
  const catchError = (run: () => void): unknown => {
    try {
      run();
    } catch (error) {
      return error;
    }
    throw new Error("did not throw");
  };

  it.each([
    ["a long line in pieces", piecesOf("data: " + "x".repeat(200), 10)],
    ["a long line in one piece", ["data: " + "x".repeat(200) + "\n"]],
    ["many data lines", ["data: 0123456789\n".repeat(20)]],
    ["many data lines in pieces", piecesOf("data: 0123456789\n".repeat(20), 7)],
    ["a long comment in pieces", piecesOf(":" + "x".repeat(200), 10)],
    ["data plus the pending line", ["data: " + "x".repeat(60) + "\n", "data: " + "x".repeat(60)]],
  ])("throws a StreamError of type buffer-exceeded for %s", (_name, pieces) => {
    const error = catchError(() => collect(pieces, { maxEventSize: 100 }));
    expect(error).toBeInstanceOf(StreamError);
    expect(isStreamError(error)).toBe(true);
    expect(error).toMatchObject({ type: "buffer-exceeded", name: "StreamError" });
    expect((error as StreamError).message).toMatch(/maxEventSize \(100\)/);
  });

  it("allows events up to the limit, however many", () => {
    const event = `data: ${"x".repeat(100)}\n\n`;
    expect(collect(piecesOf(event.repeat(50), 9), { maxEventSize: 100 }).events).toHaveLength(50);
  });

  it("keeps failing until reset(), then parses again", () => {
    const events: SSEEvent[] = [];
    const parser = createSSEParser({ onEvent: (event) => events.push(event), maxEventSize: 10 });
    const first = catchError(() => parser.feed("data: 0123456789"));
    expect(isStreamError(first)).toBe(true);
    expect(catchError(() => parser.feed("\n\n"))).toBe(first);
    expect(catchError(() => parser.end())).toBe(first);
    parser.reset();
    parser.feed("data: ok\n\n");
    expect(events).toEqual([message("ok")]);
  });
});
