import { describe, expect, it } from "vitest";
import { parseEventData } from "./decode-chunk.js";
import type { SSEEvent } from "./sse-parser.js";

const context = { operation: "POST /v1/chat/completions", headers: new Headers({ "x-request-id": "req_9" }) };
const message = (data: string, type?: string): SSEEvent => ({ data, event: type, id: undefined });

describe("parseEventData", () => {
  it("parses a JSON object, keeping unknown fields", () => {
    const data = '{"id":"c","choices":[],"signature":"sig","response_hash":"h"}';
    expect(parseEventData(data, message(data), context)).toEqual({
      id: "c",
      choices: [],
      signature: "sig",
      response_hash: "h",
    });
  });

  const invalid = [
    { given: "{not json", data: "{not json" },
    { given: "42", data: "42" },
    { given: "null", data: "null" },
    { given: `{"a":"${"x".repeat(500)}`, data: `{"a":"${"x".repeat(194)}…` },
  ];
  it.each(invalid)("throws invalid-json for $given (data kept, truncated)", ({ given, data }) => {
    const error = catchError(() => parseEventData(given, message(given), context));
    expect(error).toMatchObject({ name: "StreamError", type: "invalid-json", data });
    expect((error as Error).message).toContain("POST /v1/chat/completions");
  });

  const failures = [
    {
      name: "an Atoma error payload",
      given: message('{"error":{"code":"NODE_FAILED","message":"node went away"}}'),
      want: { name: "InternalServerError", status: 500, code: "NODE_FAILED", requestId: "req_9" },
    },
    {
      name: "a vLLM error payload naming its status",
      given: message('{"error":{"object":"error","message":"too long","type":"BadRequestError","code":400}}'),
      want: { name: "BadRequestError", status: 400 },
    },
    {
      name: "an `event: error` with JSON",
      given: message('{"message":"overloaded","status":429}', "error"),
      want: { name: "InternalServerError", status: 500, body: { message: "overloaded", status: 429 } },
    },
    {
      name: "an `event: error` with text",
      given: message("upstream reset", "error"),
      want: { name: "InternalServerError", status: 500, body: "upstream reset" },
    },
  ];
  it.each(failures)("throws an APIError for $name", ({ given, want }) => {
    const error = catchError(() => parseEventData(given.data, given, context));
    expect(error).toMatchObject(want);
    expect((error as Error).message).toMatch(/^POST \/v1\/chat\/completions \(mid-stream\) failed: \d{3}/);
  });

  it("takes a null error field as no error", () => {
    expect(parseEventData('{"error":null,"id":"c"}', message(""), context)).toEqual({ error: null, id: "c" });
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}
