import { describe, expect, it } from "vitest";
import { createSerdeJson, formatF64 } from "./serde-json.js";

describe("formatF64, as serde_json (ryu) writes an f64", () => {
  // Each row: the value, serde_json's text (from Rust: `serde_json::to_string(&x)`), and JSON.stringify's.
  it.each([
    { given: 1, want: "1.0", js: "1" },
    { given: -0, want: "-0.0", js: "0" },
    { given: 0, want: "0.0", js: "0" },
    { given: -2, want: "-2.0", js: "-2" },
    { given: 0.1, want: "0.1", js: "0.1" },
    { given: -1.01, want: "-1.01", js: "-1.01" },
    { given: 123.456, want: "123.456", js: "123.456" },
    { given: 1e-5, want: "0.00001", js: "0.00001" },
    { given: 1.234e-5, want: "0.00001234", js: "0.00001234" },
    { given: 1e-6, want: "1e-6", js: "0.000001" },
    { given: 3e-6, want: "3e-6", js: "0.000003" },
    { given: 1e-7, want: "1e-7", js: "1e-7" },
    { given: -1.5e-7, want: "-1.5e-7", js: "-1.5e-7" },
    { given: 1e15, want: "1000000000000000.0", js: "1000000000000000" },
    { given: 1e16, want: "1e16", js: "10000000000000000" },
    { given: 1e21, want: "1e21", js: "1e+21" },
    { given: 18446744073709552000, want: "1.8446744073709552e19", js: "18446744073709552000" },
    { given: 1.5e300, want: "1.5e300", js: "1.5e+300" },
    { given: 5e-324, want: "5e-324", js: "5e-324" },
    { given: Number.NaN, want: "null", js: "null" },
  ])("$given → $want (JSON.stringify: $js)", ({ given, want, js }) => {
    expect(formatF64(given)).toBe(want);
    expect(JSON.stringify(given)).toBe(js);
    if (want !== "null") expect(Object.is(JSON.parse(want), given)).toBe(true);
  });
});

describe("createSerdeJson", () => {
  const serde = createSerdeJson(["a.*.logprob", "vector.*", "map.*.*"]);

  it("writes f64s only where the paths say, and everything else as JSON.stringify", () => {
    const value = {
      id: 'x\n✓"',
      n: 1,
      a: [
        { logprob: -0, bytes: [1, 2] },
        { logprob: 2, other: 2 },
      ],
      vector: [1, -1, 0.5, 3e-6],
      map: [{ "tok en": -1 }],
      skipped: undefined,
      nothing: null,
    };
    expect(serde(value)).toBe(
      '{"id":"x\\n✓\\"","n":1,"a":[{"logprob":-0.0,"bytes":[1,2]},{"logprob":2.0,"other":2}],' +
        '"vector":[1.0,-1.0,0.5,3e-6],"map":[{"tok en":-1.0}],"nothing":null}',
    );
    // The same values read back, -0 included (which JSON.stringify loses).
    expect(JSON.parse(serde(value))).toEqual(value);
  });

  it("keeps the key order it was given, and is JSON.stringify where no f64 is", () => {
    const value = { z: 1, a: { y: [1, "2"], b: null }, logprob: 1 };
    expect(serde(value)).toBe(JSON.stringify(value));
  });
});
