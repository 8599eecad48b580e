// Both X25519 key pairs, held to node:crypto: RFC 7748's known answers, and agreement with a node
// that computes its side independently. The WebCrypto one runs where this runtime has X25519 (Node 20
// does); the JavaScript one is what runtimes without it get.
import { describe, expect, it } from "vitest";
import {
  CLIENT_PRIVATE_KEY,
  CLIENT_PUBLIC_KEY,
  NODE_PRIVATE_KEY,
  NODE_PUBLIC_KEY,
  SHARED_SECRET,
} from "../test-utils/fixtures.js";
import { fromHex, x25519SharedSecret } from "../test-utils/node-reference.js";
import type { X25519KeyPair } from "./x25519-key-pair.js";
import { nobleX25519KeyPair } from "./x25519-noble.js";
import { webCryptoX25519KeyPair } from "./x25519-webcrypto.js";

const ORDER_8_POINT = fromHex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800");

describe.each([
  { name: "WebCrypto", create: webCryptoX25519KeyPair },
  { name: "@noble/curves", create: async (key?: Uint8Array) => nobleX25519KeyPair(key) },
])("the $name key pair", ({ create }: { create: (key?: Uint8Array) => Promise<X25519KeyPair> }) => {
  it("of RFC 7748 §6.1's private key has its public key and shared secret", async () => {
    const pair = await create(CLIENT_PRIVATE_KEY.slice());
    expect(pair.publicKey).toEqual(CLIENT_PUBLIC_KEY);
    expect(await pair.sharedSecret(NODE_PUBLIC_KEY)).toEqual(SHARED_SECRET);
  });

  it("is fresh each time, and agrees with the node's own computation", async () => {
    const [first, second] = [await create(), await create()];
    expect(first.publicKey).not.toEqual(second.publicKey);
    expect(await first.sharedSecret(NODE_PUBLIC_KEY)).toEqual(
      x25519SharedSecret(NODE_PRIVATE_KEY, first.publicKey),
    );
  });

  it("serves one agreement: spent after it, or after discard()", async () => {
    const used = await create();
    expect(used.spent).toBe(false);
    await used.sharedSecret(NODE_PUBLIC_KEY);
    expect(used.spent).toBe(true);
    await expect(used.sharedSecret(NODE_PUBLIC_KEY)).rejects.toThrow(/already used or discarded/);
    const discarded = await create();
    discarded.discard();
    expect(discarded.spent).toBe(true);
    await expect(discarded.sharedSecret(NODE_PUBLIC_KEY)).rejects.toThrow(/already used or discarded/);
  });

  it.each([
    { given: "the zero point", key: new Uint8Array(32) },
    { given: "a point of order 8", key: ORDER_8_POINT },
  ])("refuses $given, and is spent after", async ({ key }) => {
    const pair = await create();
    await expect(pair.sharedSecret(key)).rejects.toThrow();
    expect(pair.spent).toBe(true);
  });
});

describe("the @noble/curves key pair", () => {
  it("keeps its own copy of the private key it is given (the caller zeroes the original)", async () => {
    const given = CLIENT_PRIVATE_KEY.slice();
    const pair = nobleX25519KeyPair(given);
    given.fill(0);
    expect(await pair.sharedSecret(NODE_PUBLIC_KEY)).toEqual(SHARED_SECRET);
  });
});
