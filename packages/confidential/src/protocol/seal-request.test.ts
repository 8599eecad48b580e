import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prepareSeal, sealRequest, type SealRequestOptions } from "./seal-request.js";
import { isIntegrityError } from "../errors.js";
import { fixedRandom } from "../test-utils/fixed-random.js";
import {
  CHAT_REQUEST,
  CLIENT_PRIVATE_KEY,
  CLIENT_PUBLIC_KEY,
  NODE_PRIVATE_KEY,
  NODE_PUBLIC_KEY,
  NONCE,
  SALT,
  SHARED_SECRET,
} from "../test-utils/fixtures.js";
import {
  aesGcmOpen,
  aesGcmSeal,
  fromBase64,
  fromHex,
  nodeSessionKey,
  referenceBlake2b256,
  toBase64,
  utf8,
  x25519PublicKeyOf,
  x25519SharedSecret,
} from "../test-utils/node-reference.js";
import { hkdfSync } from "node:crypto";

const seal = (overrides: Partial<SealRequestOptions> = {}) =>
  sealRequest({
    plaintext: CHAT_REQUEST,
    nodePublicKey: NODE_PUBLIC_KEY,
    modelName: "meta-llama/Llama-3.3-70B-Instruct",
    stackSmallId: 7,
    stream: false,
    random: fixedRandom(CLIENT_PRIVATE_KEY, SALT, NONCE),
    ...overrides,
  });

describe("sealRequest: known answers against node:crypto", () => {
  it("the fixtures are RFC 7748 §6.1, as node:crypto computes them", async () => {
    expect(x25519PublicKeyOf(CLIENT_PRIVATE_KEY)).toEqual(CLIENT_PUBLIC_KEY);
    expect(x25519PublicKeyOf(NODE_PRIVATE_KEY)).toEqual(NODE_PUBLIC_KEY);
    expect(x25519SharedSecret(CLIENT_PRIVATE_KEY, NODE_PUBLIC_KEY)).toEqual(SHARED_SECRET);
  });

  it("builds exactly the body node:crypto builds from the same key, salt and nonce", async () => {
    const key = new Uint8Array(hkdfSync("sha256", SHARED_SECRET, SALT, new Uint8Array(0), 32));
    const plaintext = utf8(CHAT_REQUEST);
    const { body } = await seal();
    expect(body).toStrictEqual({
      ciphertext: toBase64(aesGcmSeal(key, NONCE, plaintext)),
      client_dh_public_key: toBase64(CLIENT_PUBLIC_KEY),
      node_dh_public_key: toBase64(NODE_PUBLIC_KEY),
      model_name: "meta-llama/Llama-3.3-70B-Instruct",
      nonce: toBase64(NONCE),
      salt: toBase64(SALT),
      stack_small_id: 7,
      plaintext_body_hash: toBase64(referenceBlake2b256(plaintext)),
      stream: false,
    });
  });

  it("is opened by the node with its private key, the client's public key and the salt", async () => {
    const { body } = await seal();
    const key = nodeSessionKey(
      NODE_PRIVATE_KEY,
      fromBase64(body.client_dh_public_key),
      fromBase64(body.salt),
    );
    const plaintext = aesGcmOpen(key, fromBase64(body.nonce), fromBase64(body.ciphertext));
    expect(new TextDecoder().decode(plaintext)).toBe(CHAT_REQUEST);
  });

  it("takes bytes as well as text, and sends num_compute_units and stream when given", async () => {
    const { body } = await seal({ plaintext: utf8(CHAT_REQUEST), stream: true, numComputeUnits: 1_048_576 });
    expect(body.ciphertext).toBe((await seal()).body.ciphertext);
    expect(body.stream).toBe(true);
    expect(body.num_compute_units).toBe(1_048_576);
    expect("num_compute_units" in (await seal()).body).toBe(false);
  });

  it("draws the private key, salt and nonce from crypto.getRandomValues by default", async () => {
    const first = (await seal({ random: undefined })).body;
    const second = (await seal({ random: undefined })).body;
    for (const field of ["client_dh_public_key", "salt", "nonce", "ciphertext"] as const) {
      expect(first[field]).not.toBe(second[field]);
    }
    expect(fromBase64(first.salt)).toHaveLength(16);
    expect(fromBase64(first.nonce)).toHaveLength(12);
  });

  it("zeroes the private key buffer it drew", async () => {
    const drawn: Uint8Array[] = [];
    const random = fixedRandom(CLIENT_PRIVATE_KEY, SALT, NONCE);
    await seal({ random: (n) => (drawn.push(random(n)), drawn.at(-1)!) });
    expect(drawn[0]).toEqual(new Uint8Array(32));
    expect(drawn[1]).toEqual(SALT);
  });

  it("rejects a random source that returns the wrong length", async () => {
    await expect(seal({ random: (n) => new Uint8Array(n - 1) })).rejects.toThrow(TypeError);
  });

  it.each([
    { given: "a 31-byte key", key: new Uint8Array(31) },
    { given: "the zero point", key: new Uint8Array(32) },
    {
      given: "a point of order 8",
      key: fromHex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),
    },
  ])("refuses $given as the node's key with an IntegrityError", async ({ key }) => {
    let caught: unknown;
    try {
      await seal({ nodePublicKey: key });
    } catch (error) {
      caught = error;
    }
    expect(isIntegrityError(caught)).toBe(true);
    expect(caught).toMatchObject({ type: "invalid-node-key" });
  });
});

describe("sealRequest: any JSON request round-trips to the node", () => {
  const bytes = (length: number) => fc.uint8Array({ minLength: length, maxLength: length });

  it("the node decrypts exactly the plaintext, and its hash matches", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        bytes(32),
        bytes(32),
        bytes(16),
        bytes(12),
        async (request, clientKey, nodeKey, salt, nonce) => {
          const plaintext = JSON.stringify(request) ?? "null";
          const { body } = await seal({
            plaintext,
            nodePublicKey: x25519PublicKeyOf(nodeKey),
            random: fixedRandom(clientKey, salt, nonce),
          });
          const key = nodeSessionKey(nodeKey, fromBase64(body.client_dh_public_key), salt);
          const opened = aesGcmOpen(key, fromBase64(body.nonce), fromBase64(body.ciphertext));
          expect(new TextDecoder().decode(opened)).toBe(plaintext);
          expect(fromBase64(body.plaintext_body_hash)).toEqual(referenceBlake2b256(plaintext));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("prepareSeal", () => {
  const prepare = () =>
    prepareSeal({
      plaintext: CHAT_REQUEST,
      modelName: "m",
      stream: false,
      random: fixedRandom(CLIENT_PRIVATE_KEY, SALT, NONCE),
    });
  const target = { nodePublicKey: NODE_PUBLIC_KEY, stackSmallId: 7 };

  it("then seal() gives the body sealRequest gives", async () => {
    const { body } = await (await prepare()).seal(target);
    expect(body).toStrictEqual((await seal({ modelName: "m" })).body);
  });

  it("seals once: a spent or discarded preparation refuses to seal again", async () => {
    const used = await prepare();
    await used.seal(target);
    expect(used.spent).toBe(true);
    await expect(used.seal(target)).rejects.toThrow(/already used or discarded/);
    const discarded = await prepare();
    discarded.discard();
    await expect(discarded.seal(target)).rejects.toThrow(/already used or discarded/);
  });
});
