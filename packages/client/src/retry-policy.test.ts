import { describe, expect, it } from "vitest";
import { isRetryableStatus, parseRetryAfter, retryDelay, retryPolicy } from "./retry-policy.js";

const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);

describe("parseRetryAfter", () => {
  const rows: { given: Record<string, string>; want: number | undefined }[] = [
    { given: {}, want: undefined },
    { given: { "retry-after": "3" }, want: 3_000 },
    { given: { "retry-after": "0" }, want: 0 },
    { given: { "retry-after": "1.5" }, want: 1_500 },
    { given: { "retry-after": "Wed, 01 Jan 2025 12:00:10 GMT" }, want: 10_000 },
    { given: { "retry-after": "Wed, 01 Jan 2025 11:59:00 GMT" }, want: 0 },
    { given: { "retry-after": "-5" }, want: 0 },
    { given: { "retry-after": "soon" }, want: undefined },
    { given: { "retry-after": "" }, want: undefined },
    { given: { "retry-after-ms": "250" }, want: 250 },
    { given: { "retry-after-ms": "12.5" }, want: 12.5 },
    { given: { "retry-after-ms": "250", "retry-after": "9" }, want: 250 },
    { given: { "retry-after-ms": "nope" }, want: undefined },
    { given: { "retry-after-ms": "nope", "retry-after": "3" }, want: 3_000 },
    { given: { "retry-after-ms": "", "retry-after": "3" }, want: 3_000 },
    { given: { "retry-after": "Wed, 01 Jan 2025 12:00:00 GMT" }, want: 0 },
  ];
  it.each(rows)("$given → $want", ({ given, want }) => {
    expect(parseRetryAfter(new Headers(given), NOW)).toBe(want);
  });
});

describe("retryDelay", () => {
  it("grows exponentially from the base delay, less at most the jitter", () => {
    const { baseDelay, jitter } = retryPolicy;
    for (let attempt = 0; attempt < 4; attempt++) {
      for (let i = 0; i < 50; i++) {
        const delay = retryDelay(attempt);
        expect(delay).toBeLessThanOrEqual(baseDelay * 2 ** attempt);
        expect(delay).toBeGreaterThanOrEqual(baseDelay * 2 ** attempt * (1 - jitter));
      }
    }
  });

  it("caps its own backoff", () => {
    expect(retryDelay(20)).toBe(retryPolicy.maxDelay);
  });

  it("takes what the server asks for, up to the cap", () => {
    expect(retryDelay(0, new Headers({ "retry-after": "2" }))).toBe(2_000);
    expect(retryDelay(5, new Headers({ "retry-after-ms": "10" }))).toBe(10);
    expect(retryDelay(0, new Headers({ "retry-after": "86400" }))).toBe(retryPolicy.maxDelay);
    expect(retryDelay(0, new Headers({ "retry-after": "1e400" }))).toBe(retryPolicy.maxDelay);
  });
});

describe("isRetryableStatus", () => {
  it.each([408, 409, 429, 500, 502, 503, 504, 599])("retries %i", (status) => {
    expect(isRetryableStatus(status)).toBe(true);
  });
  it.each([200, 201, 400, 401, 402, 403, 404, 422, 423])("does not retry %i", (status) => {
    expect(isRetryableStatus(status)).toBe(false);
  });
});
