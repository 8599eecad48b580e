// Runtimes whose WebCrypto lacks X25519 (older browsers), or that have no crypto.subtle at all
// (insecure browser contexts): sealing falls back to JavaScript and stays exactly the protocol. Each
// case hides support from fresh modules, since support is detected once per module instance.
import { afterEach, describe, expect, it, vi } from "vitest";
import { fixedRandom } from "../test-utils/fixed-random.js";
import {
  CHAT_REQUEST,
  CLIENT_PRIVATE_KEY,
  CLIENT_PUBLIC_KEY,
  NODE_PRIVATE_KEY,
  NODE_PUBLIC_KEY,
  NONCE,
  SALT,
} from "../test-utils/fixtures.js";
import {
  aesGcmOpen,
  aesGcmSeal,
  fromBase64,
  nodeSessionKey,
  toBase64,
  utf8,
} from "../test-utils/node-reference.js";
import { chatParams, CANARY } from "../test-utils/mock-client.js";

const realCrypto = globalThis.crypto;
const usesX25519 = (args: unknown[]) =>
  args.some((arg) => arg === "X25519" || (arg as { name?: unknown } | null)?.name === "X25519");

/** The global crypto, with `crypto.subtle` refusing X25519 as a runtime without it does. */
function withoutX25519(): Crypto {
  const subtle = new Proxy(realCrypto.subtle, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) =>
        usesX25519(args)
          ? Promise.reject(new DOMException("Unrecognized algorithm name", "NotSupportedError"))
          : value.apply(target, args);
    },
  });
  return { getRandomValues: (array) => realCrypto.getRandomValues(array), subtle } as Crypto;
}

/** The global crypto of an insecure browser context: random values, no `subtle`. */
const withoutSubtle = () =>
  ({ getRandomValues: (array) => realCrypto.getRandomValues(array) }) as Pick<Crypto, "getRandomValues">;

/** Fresh modules, loaded with `crypto` replaced. */
async function under(crypto: object) {
  vi.stubGlobal("crypto", crypto);
  vi.resetModules();
  const [{ sealRequest }, { inProcess }] = await Promise.all([
    import("../protocol/seal-request.js"),
    import("../test-utils/mock-client.js"),
  ]);
  return { sealRequest, inProcess };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const sealOptions = (plaintext: string) => ({
  plaintext,
  nodePublicKey: NODE_PUBLIC_KEY,
  modelName: "m",
  stackSmallId: 1,
  stream: false,
  random: fixedRandom(CLIENT_PRIVATE_KEY, SALT, NONCE),
});

/** What node:crypto seals `plaintext` to with the fixtures' keys, salt and nonce. */
const referenceCiphertext = (plaintext: string) =>
  toBase64(aesGcmSeal(nodeSessionKey(NODE_PRIVATE_KEY, CLIENT_PUBLIC_KEY, SALT), NONCE, utf8(plaintext)));

/** Longer than the size from which AES-GCM would run in WebCrypto. */
const LONG_REQUEST = JSON.stringify({ ...JSON.parse(CHAT_REQUEST), padding: "x".repeat(10_000) });

describe.each([
  { runtime: "WebCrypto without X25519", crypto: withoutX25519 },
  { runtime: "no crypto.subtle", crypto: withoutSubtle },
])("in a runtime with $runtime", ({ crypto }) => {
  it("the known answers hold, for short and long requests", async () => {
    const { sealRequest } = await under(crypto());
    for (const plaintext of [CHAT_REQUEST, LONG_REQUEST]) {
      const { body } = await sealRequest(sealOptions(plaintext));
      expect(fromBase64(body.client_dh_public_key)).toEqual(CLIENT_PUBLIC_KEY);
      expect(body.ciphertext).toBe(referenceCiphertext(plaintext));
    }
  });

  it("a fresh key pair from crypto.getRandomValues is opened by node:crypto", async () => {
    const { sealRequest } = await under(crypto());
    const { body } = await sealRequest({ ...sealOptions(CHAT_REQUEST), random: undefined });
    expect(fromBase64(body.client_dh_public_key)).not.toEqual(CLIENT_PUBLIC_KEY);
    const key = nodeSessionKey(
      NODE_PRIVATE_KEY,
      fromBase64(body.client_dh_public_key),
      fromBase64(body.salt),
    );
    const opened = aesGcmOpen(key, fromBase64(body.nonce), fromBase64(body.ciphertext));
    expect(new TextDecoder().decode(opened)).toBe(CHAT_REQUEST);
  });
});

describe("a confidential chat round trip with the mock server, client and mock both without X25519", () => {
  it("answers the prompt", async () => {
    const { inProcess } = await under(withoutX25519());
    const completion = await inProcess().secure.chat.create(chatParams);
    expect(completion.choices[0]?.message.content).toContain(CANARY);
  });
});
