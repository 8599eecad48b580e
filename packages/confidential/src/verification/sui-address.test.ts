import { describe, expect, it } from "vitest";
import { normalizeSuiAddress, suiAddress } from "./sui-address.js";
import { fromBase64 } from "../test-utils/node-reference.js";

describe("suiAddress", () => {
  // Vectors of the Sui TypeScript SDK's Ed25519PublicKey tests, generated with the `sui` CLI.
  it.each([
    {
      given: "UdGRWooy48vGTs0HBokIis5NK+DUjiWc9ENUlcfCCBE=",
      want: "0xd77a6cd55073e98d4029b1b0b8bd8d88f45f343dad2732fc9a7965094e635c55",
    },
    {
      given: "0PTAfQmNiabgbak9U/stWZzKc5nsRqokda2qnV2DTfg=",
      want: "0x7e8fd489c3d3cd9cc7cbcc577dc5d6de831e654edd9997d95c412d013e6eea23",
    },
  ])("derives $want from $given", ({ given, want }) => {
    expect(suiAddress(fromBase64(given))).toBe(want);
  });

  it("refuses a key that is not 32 bytes", () => {
    expect(() => suiAddress(new Uint8Array(33))).toThrow(TypeError);
  });
});

describe("normalizeSuiAddress", () => {
  it.each([
    { given: "0xABC", want: `0x${"abc".padStart(64, "0")}` },
    {
      given: " 0x7E8FD489c3d3cd9cc7cbcc577dc5d6de831e654edd9997d95c412d013e6eea23 ",
      want: "0x7e8fd489c3d3cd9cc7cbcc577dc5d6de831e654edd9997d95c412d013e6eea23",
    },
  ])("normalizes $given", ({ given, want }) => {
    expect(normalizeSuiAddress(given)).toBe(want);
  });

  it.each(["abc", "0x", "0xg1", `0x${"1".repeat(65)}`])("refuses %s", (given) => {
    expect(() => normalizeSuiAddress(given)).toThrow(TypeError);
  });
});
