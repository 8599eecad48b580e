import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createConfidentialSession } from "./confidential-session.js";
import { isDecryptionError, isIntegrityError } from "../errors.js";
import { sealRequest } from "./seal-request.js";
import { fixedRandom } from "../test-utils/fixed-random.js";
import {
  CHAT_REQUEST,
  CHAT_RESPONSE,
  CLIENT_PRIVATE_KEY,
  NODE_PRIVATE_KEY,
  NODE_PUBLIC_KEY,
  NONCE,
  SALT,
} from "../test-utils/fixtures.js";
import {
  aesGcmSeal,
  fromHex,
  nodeSessionKey,
  toBase64,
  utf8,
  x25519PublicKeyOf,
} from "../test-utils/node-reference.js";

const RESPONSE_NONCE = fromHex("0f0e0d0c0b0a090807060504");
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function sealed(clientPrivateKey = CLIENT_PRIVATE_KEY) {
  const { body, session } = await sealRequest({
    plaintext: CHAT_REQUEST,
    nodePublicKey: NODE_PUBLIC_KEY,
    modelName: "m",
    stackSmallId: 1,
    stream: false,
    random: fixedRandom(clientPrivateKey, SALT, NONCE),
  });
  // The node's side: its own key agreement, from what it receives.
  const nodeKey = nodeSessionKey(NODE_PRIVATE_KEY, x25519PublicKeyOf(clientPrivateKey), SALT);
  return { body, session, nodeKey };
}

/** What the node answers: the plaintext sealed with the request's key and a nonce of its own. */
function nodeResponse(nodeKey: Uint8Array, plaintext: string, nonce = RESPONSE_NONCE) {
  return { nonce: toBase64(nonce), ciphertext: toBase64(aesGcmSeal(nodeKey, nonce, utf8(plaintext))) };
}

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("ConfidentialSession.open", () => {
  it("decrypts what node:crypto sealed with the same key and another nonce", async () => {
    const { session, nodeKey } = await sealed();
    expect(decode(session.open(nodeResponse(nodeKey, CHAT_RESPONSE)))).toBe(CHAT_RESPONSE);
  });

  it("opens every event of a stream, with the one nonce they share or with their own", async () => {
    const { session, nodeKey } = await sealed();
    const chunks = ['{"n":1}', '{"n":2}', '{"n":3}'];
    expect(chunks.map((chunk) => decode(session.open(nodeResponse(nodeKey, chunk))))).toEqual(chunks);
    const own = chunks.map((chunk, i) => nodeResponse(nodeKey, chunk, new Uint8Array(12).fill(i)));
    expect(own.map((event) => decode(session.open(event)))).toEqual(chunks);
  });

  it("decrypts any JSON response the node seals", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.jsonValue(), fc.object()),
        fc.uint8Array({ minLength: 12, maxLength: 12 }),
        async (response, nonce) => {
          const { session, nodeKey } = await sealed();
          const plaintext = JSON.stringify(response) ?? "null";
          expect(decode(session.open(nodeResponse(nodeKey, plaintext, nonce)))).toBe(plaintext);
        },
      ),
      { numRuns: 100 },
    );
  });

  const flip = (base64: string, at: (length: number) => number) => {
    const bytes = Uint8Array.from(Buffer.from(base64, "base64"));
    bytes[at(bytes.length)]! ^= 0x01;
    return toBase64(bytes);
  };

  it.each([
    {
      given: "a changed ciphertext byte",
      tamper: (r: { nonce: string; ciphertext: string }) => ({
        ...r,
        ciphertext: flip(r.ciphertext, () => 0),
      }),
      type: "authentication-failed",
    },
    {
      given: "a changed tag byte",
      tamper: (r: { nonce: string; ciphertext: string }) => ({
        ...r,
        ciphertext: flip(r.ciphertext, (n) => n - 1),
      }),
      type: "authentication-failed",
    },
    {
      given: "the wrong nonce",
      tamper: (r: { nonce: string; ciphertext: string }) => ({ ...r, nonce: flip(r.nonce, () => 5) }),
      type: "authentication-failed",
    },
    {
      given: "a truncated ciphertext",
      tamper: (r: { nonce: string; ciphertext: string }) => ({ ...r, ciphertext: r.ciphertext.slice(0, 8) }),
      type: "invalid-length",
    },
    {
      given: "an 8-byte nonce",
      tamper: (r: { nonce: string; ciphertext: string }) => ({ ...r, nonce: toBase64(new Uint8Array(8)) }),
      type: "invalid-length",
    },
    {
      given: "a nonce that is not base64",
      tamper: (r: { nonce: string; ciphertext: string }) => ({ ...r, nonce: "not base64!" }),
      type: "invalid-base64",
    },
    {
      given: "a ciphertext that is not base64",
      tamper: (r: { nonce: string; ciphertext: string }) => ({ ...r, ciphertext: `${r.ciphertext} ` }),
      type: "invalid-base64",
    },
  ])("rejects $given with a DecryptionError ($type)", async ({ tamper, type }) => {
    const { session, nodeKey } = await sealed();
    const error = catchError(() => session.open(tamper(nodeResponse(nodeKey, CHAT_RESPONSE))));
    expect(isDecryptionError(error)).toBe(true);
    expect(error).toMatchObject({ type });
  });

  it("rejects a response sealed under another key (another request's session)", async () => {
    const { nodeKey } = await sealed();
    const { session: other } = await sealed(new Uint8Array(32).fill(9));
    const error = catchError(() => other.open(nodeResponse(nodeKey, CHAT_RESPONSE)));
    expect(isDecryptionError(error)).toBe(true);
    expect(error).toMatchObject({ type: "authentication-failed" });
  });

  it("rejects a payload without a string nonce or ciphertext as an IntegrityError", async () => {
    const { session } = await sealed();
    const error = catchError(() => session.open({ ciphertext: "AAAA" } as never));
    expect(isIntegrityError(error)).toBe(true);
    expect(error).toMatchObject({ type: "missing-field" });
  });
});

describe("ConfidentialSession.destroy", () => {
  it("zeroes the key: open then throws session-destroyed", async () => {
    const { session, nodeKey } = await sealed();
    expect(session.destroyed).toBe(false);
    session.destroy();
    session.destroy();
    expect(session.destroyed).toBe(true);
    const error = catchError(() => session.open(nodeResponse(nodeKey, CHAT_RESPONSE)));
    expect(isDecryptionError(error)).toBe(true);
    expect(error).toMatchObject({ type: "session-destroyed" });
  });

  it("overwrites the key's bytes with zeros, not only drops them", () => {
    const key = new Uint8Array(32).fill(7);
    createConfidentialSession(key).destroy();
    expect(key).toEqual(new Uint8Array(32));
  });

  it("keeps the key out of enumeration, JSON and inspection", async () => {
    const { session, nodeKey } = await sealed();
    expect(Object.keys(session)).toEqual([]);
    expect(JSON.stringify(session)).toBe("{}");
    const shown = inspect(session, { showHidden: true, depth: 5 });
    expect(shown).not.toContain(Buffer.from(nodeKey).toString("hex"));
    expect(shown).not.toContain([...nodeKey].join(", "));
  });
});
