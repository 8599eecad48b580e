import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import * as errors from "./errors.js";
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  AtomaError,
  createAPIError,
  InternalServerError,
  isAPIConnectionError,
  isAPIError,
  isAPITimeoutError,
  isAtomaError,
  RateLimitError,
} from "./errors.js";

const init = (status: number, body: unknown) => ({
  operation: "POST /v1/chat/completions",
  status,
  headers: new Headers({ "x-request-id": "req_1" }),
  body,
});

describe("createAPIError", () => {
  it.each([
    [400, "BadRequestError"],
    [401, "AuthenticationError"],
    [402, "PaymentRequiredError"],
    [403, "PermissionDeniedError"],
    [404, "NotFoundError"],
    [409, "ConflictError"],
    [422, "UnprocessableEntityError"],
    [423, "LockedError"],
    [429, "RateLimitError"],
    [500, "InternalServerError"],
    [503, "InternalServerError"],
    [418, "APIError"],
  ])("maps %i to %s", (status, name) => {
    const error = createAPIError(init(status, undefined));
    expect(error.name).toBe(name);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(AtomaError);
    expect(error.status).toBe(status);
    expect(error.requestId).toBe("req_1");
  });

  it("uses Atoma's error body for the message and code", () => {
    const error = createAPIError(init(429, { error: { code: "NO_NODE", message: "no node for the model" } }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.message).toBe("POST /v1/chat/completions failed: 429 no node for the model");
    expect(error.code).toBe("NO_NODE");
  });

  it("uses a text body, and says only the status for an empty one", () => {
    expect(createAPIError(init(502, "bad gateway\n")).message).toBe(
      "POST /v1/chat/completions failed: 502 bad gateway",
    );
    expect(createAPIError(init(500, undefined)).message).toBe("POST /v1/chat/completions failed: 500");
  });
});

describe("guards", () => {
  it.each([
    [400, "isBadRequestError"],
    [401, "isAuthenticationError"],
    [402, "isPaymentRequiredError"],
    [403, "isPermissionDeniedError"],
    [404, "isNotFoundError"],
    [409, "isConflictError"],
    [422, "isUnprocessableEntityError"],
    [423, "isLockedError"],
    [429, "isRateLimitError"],
    [503, "isInternalServerError"],
  ] as const)("a %i is recognised by %s and by no other status guard", (status, guard) => {
    const error = createAPIError(init(status, undefined));
    const statusGuards = Object.entries(errors).filter(
      ([name]) =>
        name.startsWith("is") && name.endsWith("Error") && !/^is(Atoma|API|InvalidResponse)/.test(name),
    );
    expect(statusGuards).toHaveLength(10);
    for (const [name, check] of statusGuards) {
      expect((check as (value: unknown) => boolean)(error), name).toBe(name === guard);
    }
  });

  it("recognise subclasses through the chain", () => {
    const timeout = new APITimeoutError("timed out");
    expect(isAPITimeoutError(timeout) && isAPIConnectionError(timeout) && isAtomaError(timeout)).toBe(true);
    expect(isAPIError(timeout)).toBe(false);
    expect(isAPIError(createAPIError(init(500, undefined)))).toBe(true);
    expect(isAtomaError(new Error("x"))).toBe(false);
    expect(isAtomaError("APIError")).toBe(false);
    expect(isAPIError({ name: "APIError", status: 500 })).toBe(false);
  });

  it("work for an error from another realm", () => {
    const foreign = runInNewContext(`
      class AtomaError extends Error {}
      AtomaError.prototype.name = "AtomaError";
      class APIError extends AtomaError {}
      APIError.prototype.name = "APIError";
      new APIError("x");
    `);
    expect(foreign instanceof APIError).toBe(false);
    expect(isAPIError(foreign)).toBe(true);
  });

  it("keep cause and partial", () => {
    const cause = new TypeError("fetch failed");
    const error = new APIConnectionError("dropped", { cause, partial: { text: "Hel" } });
    expect(error.cause).toBe(cause);
    expect(error.partial).toEqual({ text: "Hel" });
    expect(new InternalServerError(init(500, undefined)).name).toBe("InternalServerError");
  });
});
