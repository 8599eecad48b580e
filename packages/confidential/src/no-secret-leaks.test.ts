// Every failure path, fed a recognisable canary plaintext and canary keys: no error may carry them, in
// any form, through its message, cause, String(), JSON.stringify() or inspection.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { decodeBase64 } from "./crypto/base64.js";
import { isAtomaError } from "@atoma-ts/client";
import { sealRequest } from "./protocol/seal-request.js";
import { fixedRandom } from "./test-utils/fixed-random.js";
import {
  aesGcmSeal,
  nodeSessionKey,
  referenceBlake2b256,
  toBase64,
  utf8,
  x25519PublicKeyOf,
  x25519SharedSecret,
} from "./test-utils/node-reference.js";
import { signBody, signerKeyOf, suiSign } from "./test-utils/sui-signing.js";
import { verifyResponseHash } from "./verification/verify-response-hash.js";
import { verifySignedBody } from "./verification/verify-signed-body.js";
import { verifySuiSignature } from "./verification/verify-sui-signature.js";

const CANARY = "CANARY-PLAINTEXT-5f0e2a";
const PLAINTEXT = JSON.stringify({
  model: "m",
  messages: [{ role: "user", content: CANARY }],
  stream: false,
});
const CLIENT_KEY = utf8("CANARY-CLIENT-PRIVATE-KEY-000001");
const NODE_KEY = utf8("CANARY-NODE-PRIVATE-KEY-00000001");
const SIGNING_KEY = utf8("CANARY-SIGNING-KEY-0000000000001");
const SALT = utf8("CANARY-SALT-0001");
const NONCE = utf8("CANARY-NONCE");

const NODE_PUBLIC_KEY = x25519PublicKeyOf(NODE_KEY);
const SESSION_KEY = nodeSessionKey(NODE_KEY, x25519PublicKeyOf(CLIENT_KEY), SALT);
const SHARED_SECRET = x25519SharedSecret(CLIENT_KEY, NODE_PUBLIC_KEY);

/**
 * Every form a secret could take in a string: text, hex, base64, a byte list (compared against
 * renderings whose commas and whitespace are squeezed to one space), a Uint8Array's JSON.
 */
const SECRET_FORMS = [
  CANARY,
  "CANARY",
  Buffer.from(CANARY).toString("hex"),
  toBase64(utf8(PLAINTEXT)),
  ...[CLIENT_KEY, NODE_KEY, SIGNING_KEY, SESSION_KEY, SHARED_SECRET].flatMap((key) => [
    Buffer.from(key).toString("hex"),
    Buffer.from(key)
      .toString("hex")
      .replace(/(..)(?!$)/g, "$1 "),
    toBase64(key),
    [...key].join(" "),
    JSON.stringify(key),
  ]),
];

const seal = (nodePublicKey = NODE_PUBLIC_KEY) =>
  sealRequest({
    plaintext: PLAINTEXT,
    nodePublicKey,
    modelName: "m",
    stackSmallId: 1,
    stream: false,
    random: fixedRandom(CLIENT_KEY, SALT, NONCE),
  });

const response = (nonce = NONCE) => ({
  nonce: toBase64(nonce),
  ciphertext: toBase64(aesGcmSeal(SESSION_KEY, nonce, utf8(PLAINTEXT))),
});
const flipLast = (b64: string) =>
  toBase64(Buffer.from(b64, "base64").map((b, i, all) => (i === all.length - 1 ? b ^ 1 : b)));
const flipFirst = (b64: string) => toBase64(Buffer.from(b64, "base64").map((b, i) => (i === 0 ? b ^ 1 : b)));
const hash = referenceBlake2b256(PLAINTEXT);
const SIGNER = signerKeyOf(SIGNING_KEY);
const signedBody = signBody(PLAINTEXT, SIGNER);

const FAILURES: { path: string; run: () => unknown }[] = [
  { path: "seal: a short node key", run: () => seal(NODE_PUBLIC_KEY.subarray(1)) },
  { path: "seal: a low-order node key", run: () => seal(new Uint8Array(32)) },
  {
    path: "open: tampered ciphertext",
    run: async () =>
      (await seal()).session.open({ ...response(), ciphertext: flipFirst(response().ciphertext) }),
  },
  {
    path: "open: tampered tag",
    run: async () =>
      (await seal()).session.open({ ...response(), ciphertext: flipLast(response().ciphertext) }),
  },
  {
    path: "open: wrong nonce",
    run: async () => (await seal()).session.open({ ...response(), nonce: flipFirst(response().nonce) }),
  },
  {
    path: "open: wrong key",
    run: async () =>
      (await seal()).session.open({
        nonce: toBase64(NONCE),
        ciphertext: toBase64(aesGcmSeal(CLIENT_KEY, NONCE, utf8(PLAINTEXT))),
      }),
  },
  {
    path: "open: ciphertext not base64",
    run: async () => (await seal()).session.open({ ...response(), ciphertext: `${CANARY}=` }),
  },
  {
    path: "open: nonce not base64",
    run: async () => (await seal()).session.open({ ...response(), nonce: toBase64(CLIENT_KEY).slice(1) }),
  },
  {
    path: "open: short nonce",
    run: async () =>
      (await seal()).session.open({ ...response(), nonce: toBase64(CLIENT_KEY.subarray(0, 9)) }),
  },
  {
    path: "open: short ciphertext",
    run: async () =>
      (await seal()).session.open({ ...response(), ciphertext: toBase64(SESSION_KEY.subarray(0, 15)) }),
  },
  {
    path: "open: missing nonce",
    run: async () => (await seal()).session.open({ ciphertext: response().ciphertext } as never),
  },
  {
    path: "open: destroyed session",
    run: async () => {
      const { session } = await seal();
      session.destroy();
      return session.open(response());
    },
  },
  {
    path: "hash: mismatch",
    run: () => verifyResponseHash(utf8(PLAINTEXT), toBase64(referenceBlake2b256("other"))),
  },
  { path: "hash: malformed", run: () => verifyResponseHash(utf8(PLAINTEXT), `${CANARY}=`) },
  {
    path: "signature: invalid",
    run: () => verifySuiSignature(hash, flipFirst(suiSign(referenceBlake2b256("x"), SIGNER))),
  },
  {
    path: "signature: flag",
    run: () => verifySuiSignature(hash, suiSign(hash, SIGNER, { flag: 0x03 })),
  },
  { path: "signature: not base64", run: () => verifySuiSignature(hash, `${CANARY}=`) },
  {
    path: "signature: untrusted",
    run: () => verifySuiSignature(hash, suiSign(hash, SIGNER), { trustedSigners: ["0x1"] }),
  },
  {
    path: "body: changed byte",
    run: () => verifySignedBody(signedBody.replace(CANARY, CANARY.toLowerCase())),
  },
  { path: "body: no signature", run: () => verifySignedBody(PLAINTEXT) },
  {
    path: "body: not the last fields",
    run: () => verifySignedBody(`${signedBody.slice(0, -1)},"x":"${CANARY}"}`),
  },
  { path: "base64: invalid", run: () => decodeBase64(`${CANARY}=`) },
];

/** Everything an error shows: message, String, JSON, stack, inspection, and the same of its cause. */
function renderings(error: unknown): string[] {
  const cause = (error as { cause?: unknown }).cause;
  return [
    (error as Error).message,
    String(error),
    JSON.stringify(error),
    String((error as Error).stack),
    inspect(error, { showHidden: true, depth: 10 }),
    String(cause),
    JSON.stringify(cause) ?? "",
    inspect(cause, { showHidden: true, depth: 10 }),
    ...Object.getOwnPropertyNames(error).map((key) => inspect((error as Record<string, unknown>)[key])),
  ].flatMap((text) => [text, text.replace(/[\s,]+/g, " ")]);
}

describe("no failure path leaks plaintext or key material", () => {
  it("the canary response itself opens (the fixtures are sound)", async () => {
    expect(new TextDecoder().decode((await seal()).session.open(response()))).toBe(PLAINTEXT);
    expect((await verifySignedBody(signedBody)).responseHash).toBe(toBase64(hash));
  });

  it("the check would see a secret in a cause or a property (the detector is sound)", () => {
    const leaky = Object.assign(new Error("x", { cause: new Error(CANARY) }), { key: SESSION_KEY });
    const shown = renderings(leaky).join("\n");
    expect(shown).toContain(CANARY);
    expect(shown).toContain([...SESSION_KEY].join(" "));
  });

  it.each(FAILURES)("$path", async ({ run }) => {
    let caught: unknown;
    try {
      await run();
    } catch (error) {
      caught = error;
    }
    expect(isAtomaError(caught)).toBe(true);
    for (const text of renderings(caught)) {
      for (const secret of SECRET_FORMS) expect(text).not.toContain(secret);
    }
  });
});
