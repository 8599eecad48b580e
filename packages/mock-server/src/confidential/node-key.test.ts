// The node's X25519 agreement, in WebCrypto and, where the runtime lacks X25519 there, in
// @noble/curves: both hold to RFC 7748 §6.1 and refuse what is not a usable client key.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createNodeKey } from "./node-key.js";

const hex = (text: string) => Uint8Array.from(Buffer.from(text, "hex"));
// RFC 7748 §6.1: Bob is the node, Alice the client.
const NODE_SECRET = hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
const NODE_PUBLIC = hex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
const CLIENT_PUBLIC = hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
const SHARED = hex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");

const realCrypto = globalThis.crypto;
const importKey = realCrypto.subtle.importKey.bind(realCrypto.subtle);
const deriveBits = vi.fn(realCrypto.subtle.deriveBits.bind(realCrypto.subtle));

/** The global crypto of a runtime whose WebCrypto has no X25519 (counting what still reaches it). */
function hideX25519() {
  const refuse = () => Promise.reject(new DOMException("Unrecognized algorithm name", "NotSupportedError"));
  const subtle = {
    importKey: (...args: Parameters<SubtleCrypto["importKey"]>) =>
      (args[2] as { name?: string }).name === "X25519" ? refuse() : importKey(...args),
    deriveBits,
  };
  vi.stubGlobal("crypto", { getRandomValues: realCrypto.getRandomValues.bind(realCrypto), subtle });
}

afterEach(() => {
  vi.unstubAllGlobals();
  deriveBits.mockClear();
});

describe.each([
  { runtime: "WebCrypto with X25519", setup: () => {} },
  { runtime: "WebCrypto without X25519", setup: hideX25519 },
])("the node's key, on $runtime", ({ setup }) => {
  it("has RFC 7748's public key and shared secret", async () => {
    setup();
    const key = createNodeKey(NODE_SECRET);
    expect(key.publicKey).toEqual(NODE_PUBLIC);
    expect(await key.sharedSecret(CLIENT_PUBLIC)).toEqual(SHARED);
  });

  it.each([
    { given: "a 31-byte key", client: CLIENT_PUBLIC.subarray(1) },
    { given: "the zero point", client: new Uint8Array(32) },
  ])("refuses $given", async ({ client }) => {
    setup();
    await expect(createNodeKey(NODE_SECRET).sharedSecret(client)).rejects.toThrow();
  });
});

it("agrees in JavaScript when WebCrypto lacks X25519 (nothing reaches WebCrypto)", async () => {
  hideX25519();
  await createNodeKey(NODE_SECRET).sharedSecret(CLIENT_PUBLIC);
  expect(deriveBits).not.toHaveBeenCalled();
});
