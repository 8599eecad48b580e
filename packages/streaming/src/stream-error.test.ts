import { runInNewContext } from "node:vm";
import { AtomaError, isAtomaError } from "@atoma-ts/client";
import { describe, expect, it } from "vitest";
import { isStreamError, STREAM_ERROR_DATA_LIMIT, StreamError } from "./stream-error.js";

describe("StreamError", () => {
  it("is an AtomaError with its type, name and cause", () => {
    const cause = new SyntaxError("Unexpected token");
    const error = new StreamError("bad chunk", { type: "invalid-json", data: "{", cause, partial: { a: 1 } });
    expect(error).toBeInstanceOf(AtomaError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("StreamError");
    expect(Object.hasOwn(error, "name")).toBe(false);
    expect(error).toMatchObject({
      type: "invalid-json",
      data: "{",
      cause,
      partial: { a: 1 },
      message: "bad chunk",
    });
    expect(isStreamError(error)).toBe(true);
    expect(isAtomaError(error)).toBe(true);
  });

  it("keeps only the start of long data", () => {
    const data = "x".repeat(10_000);
    const error = new StreamError("bad chunk", { type: "invalid-json", data });
    expect(error.data).toBe(`${"x".repeat(STREAM_ERROR_DATA_LIMIT)}…`);
    expect(new StreamError("cut", { type: "truncated" }).data).toBeUndefined();
  });

  it("is recognised across realms and not confused with other errors", () => {
    const foreign = runInNewContext(
      "const p = Object.create(Error.prototype, { name: { value: 'StreamError' } }); Object.create(p)",
    );
    expect(isStreamError(foreign)).toBe(true);
    expect(isStreamError(new AtomaError("x"))).toBe(false);
    expect(isStreamError(new Error("StreamError"))).toBe(false);
    expect(isStreamError(null)).toBe(false);
  });
});
