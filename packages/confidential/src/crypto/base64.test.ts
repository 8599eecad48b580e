import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBase64, encodeBase64 } from "./base64.js";
import { isBase64Error } from "../errors.js";

// RFC 4648 §10 test vectors.
const VECTORS = [
  { given: "", want: "" },
  { given: "f", want: "Zg==" },
  { given: "fo", want: "Zm8=" },
  { given: "foo", want: "Zm9v" },
  { given: "foob", want: "Zm9vYg==" },
  { given: "fooba", want: "Zm9vYmE=" },
  { given: "foobar", want: "Zm9vYmFy" },
];

const bytes = (text: string) => new TextEncoder().encode(text);

describe("encodeBase64 / decodeBase64", () => {
  it.each(VECTORS)("encodes $given as $want", ({ given, want }) => {
    expect(encodeBase64(bytes(given))).toBe(want);
    expect(decodeBase64(want)).toEqual(bytes(given));
  });

  it("uses the standard alphabet (+ and /)", () => {
    expect(encodeBase64(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe("+/+/");
    expect(decodeBase64("+/+/")).toEqual(new Uint8Array([0xfb, 0xff, 0xbf]));
  });

  it("round-trips any bytes, and agrees with Node's Buffer", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (given) => {
        const text = encodeBase64(given);
        expect(text).toBe(Buffer.from(given).toString("base64"));
        expect(decodeBase64(text)).toEqual(given);
      }),
    );
  });

  it.each([
    { given: "Zg=", want: /length 3 is not a multiple of 4/ },
    { given: "Zm9", want: /not a multiple of 4/ },
    { given: "Zm 9", want: /unexpected character at index 2/ },
    { given: "Zm9v\n", want: /not a multiple of 4/ },
    { given: "Zm-_", want: /unexpected character at index 2/ },
    { given: "Z===", want: /unexpected padding at index 1/ },
    { given: "====", want: /unexpected padding at index 0/ },
    { given: "Zg==Zg==", want: /unexpected padding at index 2/ },
    { given: "Zh==", want: /non-zero bits/ },
    { given: "Zm9=", want: /non-zero bits/ },
    { given: "Zm9vé===", want: /unexpected/ },
  ])("rejects $given with a Base64Error", ({ given, want }) => {
    let caught: unknown;
    try {
      decodeBase64(given);
    } catch (error) {
      caught = error;
    }
    expect(isBase64Error(caught)).toBe(true);
    expect((caught as Error).message).toMatch(want);
  });
});
