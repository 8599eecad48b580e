/**
 * What confidential compute costs the client.
 *
 * 1. Latency: sequential chat completions against the mock server on loopback (in its own process, so
 *    its decrypting, encrypting and signing is not billed to the client), plain `atoma.chat.create`
 *    vs `secure.chat.create`, interleaved in batches; median batch per round, median round. A
 *    confidential call makes two round trips (the lock, then the request): the lock's round trip is
 *    measured alone (`atoma.nodes.lock`) and subtracted to give what is added beyond it, which still
 *    includes the mock's own extra work (decrypting the request, encrypting the answer). The client's
 *    own share is measured apart, without I/O: sealing a request (what is prepared while the lock
 *    is in flight, and what waits for the node's key), and opening and verifying a response.
 * 2. Throughput: a 20,000-chunk chat stream, generated with the protocol (chunks shaped as the mock
 *    sends them, each signed with Ed25519 as a node signs them), replayed from memory in 16 KiB reads
 *    through `createChatStream`: plain with the default decoder, plain with the verifying decoder of
 *    `withVerification`, and confidential with the confidential client's decoder (decrypt with the
 *    event's nonce, check the hash of the plaintext and the signature, parse), session binding and
 *    `keepPartial: false` included. Chunks per second, median of the rounds; then what one chunk costs,
 *    step by step.
 *
 * Run: pnpm --filter @atoma-ts/types --filter @atoma-ts/client --filter @atoma-ts/streaming \
 *        --filter @atoma-ts/mock-server build && pnpm exec tsx bench/confidential.ts
 * (ROUNDS=5 CALLS=200 BATCH=20 CHUNKS=20000 STREAM_ROUNDS=3 by default; STREAM_ROUNDS=0 skips part 2;
 * SCHEME=secp256k1 or secp256r1 signs the stream's chunks with that Sui scheme instead of Ed25519)
 */
import { spawn } from "node:child_process";
import { createECDH, createPrivateKey, createPublicKey, sign as nodeSign, type KeyObject } from "node:crypto";
import { loadavg } from "node:os";
import { createAtomaClient } from "../packages/client/dist/index.js";
import { createChatStream, type ChatCompletionChunk } from "../packages/streaming/dist/index.js";
import { bindSessionToBody } from "../packages/confidential/src/client/bind-session-to-body.js";
import { createConfidentialDecoder } from "../packages/confidential/src/client/confidential-decoder.js";
import { createConfidentialSession } from "../packages/confidential/src/protocol/confidential-session.js";
import { verifyEd25519 } from "../packages/confidential/src/crypto/ed25519-verify.js";
import { decodeBase64 } from "../packages/confidential/src/crypto/base64.js";
import {
  createConfidentialClient,
  sealRequest,
  verifyResponseHash,
  verifySuiSignature,
} from "../packages/confidential/src/index.js";
import { openSealedPayload } from "../packages/confidential/src/protocol/open-sealed-payload.js";
import { prepareSeal } from "../packages/confidential/src/protocol/seal-request.js";
import {
  aesGcmSeal,
  nodeSessionKey,
  referenceBlake2b256,
  toBase64,
  utf8,
  x25519PublicKeyOf,
} from "../packages/confidential/src/test-utils/node-reference.js";
import { createVerifyingDecoder } from "../packages/confidential/src/verification/verifying-decoder.js";
import { median } from "./lib/stats.ts";

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const CALLS = Number(process.env.CALLS ?? 200);
const BATCH = Number(process.env.BATCH ?? 20);
const CHUNKS = Number(process.env.CHUNKS ?? 20_000);
const STREAM_ROUNDS = Number(process.env.STREAM_ROUNDS ?? 3);
const WARMUP = 30;
const KEY = "bench-key";
const MODEL = "meta-llama/Llama-3.3-70B-Instruct";
const params = { model: MODEL, messages: [{ role: "user" as const, content: "Hello! How are you today?" }] };

const ms = (value: number) => value.toFixed(3);

/** The mock server on 127.0.0.1, in a child process; resolves to its URL. */
async function startMockServer() {
  const source = `
    const { createMockServer, listen } = await import(${JSON.stringify(new URL("../packages/mock-server/dist/index.js", import.meta.url).href)});
    const running = await listen(createMockServer({ apiKey: ${JSON.stringify(KEY)} }));
    process.send(running.url);`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", source], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("message", (message) => resolve(String(message)));
    child.once("exit", (code) => reject(new Error(`the mock server exited with ${code}`)));
  });
  return { url, stop: () => child.kill() };
}

type Call = () => Promise<unknown>;

/** Per round and call: the median per-call time (ms) of its batches, the calls interleaved. */
async function interleaved(calls: [string, Call][]): Promise<Map<string, number>> {
  for (const [, call] of calls) for (let i = 0; i < WARMUP; i++) await call();
  const rounds = new Map<string, number[]>(calls.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const batches = new Map<string, number[]>(calls.map(([name]) => [name, []]));
    for (let batch = 0; batch < CALLS / BATCH; batch++) {
      for (let k = 0; k < calls.length; k++) {
        const [name, call] = calls[(k + batch) % calls.length]!;
        const started = performance.now();
        for (let i = 0; i < BATCH; i++) await call();
        batches.get(name)!.push((performance.now() - started) / BATCH);
      }
    }
    for (const [name, times] of batches) rounds.get(name)!.push(median(times));
  }
  return new Map([...rounds].map(([name, values]) => [name, median(values)]));
}

/** Median ms of `fn` over `n` runs (after `n / 10` warm-up runs). */
function timeSync(n: number, fn: () => void): number {
  for (let i = 0; i < Math.max(1, n / 10); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Median ms of `fn` over `n` runs (after `n / 10` warm-up runs); `fn` may return the ms of its own part. */
async function timeAsync(n: number, fn: () => Promise<number | void>): Promise<number> {
  for (let i = 0; i < Math.max(1, n / 10); i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    const part = await fn();
    times.push(typeof part === "number" ? part : performance.now() - started);
  }
  return median(times);
}

/** The Sui scheme the stream's chunks are signed with. */
const SCHEME = (process.env.SCHEME ?? "ed25519") as "ed25519" | "secp256k1" | "secp256r1";

/** A node's Ed25519 signing key, and Sui signatures with it (flag, signature, public key; base64). */
function ed25519Signer(): (hash: Uint8Array) => string {
  const seed = crypto.getRandomValues(new Uint8Array(32));
  const pkcs8 = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]);
  const secret: KeyObject = createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" });
  const publicKey = createPublicKey(secret).export({ format: "der", type: "spki" }).subarray(-32);
  return (hash) => toBase64(Buffer.concat([Buffer.from([0]), nodeSign(null, hash, secret), publicKey]));
}

/** The group orders of the ECDSA curves (SEC 2), to make a low s as Sui's signers do. */
const ECDSA = {
  secp256k1: {
    flag: 1,
    curve: "secp256k1",
    order: 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n,
  },
  secp256r1: {
    flag: 2,
    curve: "prime256v1",
    order: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
  },
};

/** A node's ECDSA key, signing as fastcrypto does: SHA-256 of the hash, compact r || s, low s. */
function ecdsaSigner(scheme: keyof typeof ECDSA): (hash: Uint8Array) => string {
  const { flag, curve, order } = ECDSA[scheme];
  const ecdh = createECDH(curve);
  ecdh.generateKeys();
  const point = ecdh.getPublicKey();
  const jwk = { kty: "EC", crv: scheme === "secp256k1" ? "secp256k1" : "P-256" };
  const [x, y, d] = [point.subarray(1, 33), point.subarray(33), ecdh.getPrivateKey()].map((b) =>
    b.toString("base64url"),
  );
  const secret = createPrivateKey({ key: { ...jwk, x, y, d }, format: "jwk" });
  const compressed = ecdh.getPublicKey(null, "compressed");
  return (hash) => {
    const signature = nodeSign("sha256", hash, { key: secret, dsaEncoding: "ieee-p1363" });
    const s = BigInt(`0x${signature.subarray(32).toString("hex")}`);
    if (s > order / 2n) signature.set(Buffer.from((order - s).toString(16).padStart(64, "0"), "hex"), 32);
    return toBase64(Buffer.concat([Buffer.from([flag]), signature, compressed]));
  };
}

const nodeSigner = (): ((hash: Uint8Array) => string) =>
  SCHEME === "ed25519" ? ed25519Signer() : ecdsaSigner(SCHEME);

/** The node's side of a confidential exchange: its X25519 key, and sealing to a client's request. */
function confidentialNode() {
  const privateKey = crypto.getRandomValues(new Uint8Array(32));
  const publicKey = x25519PublicKeyOf(privateKey);
  return {
    publicKey,
    keyFor: (body: { client_dh_public_key: string; salt: string }) =>
      nodeSessionKey(privateKey, decodeBase64(body.client_dh_public_key), decodeBase64(body.salt)),
  };
}

async function latency() {
  const server = await startMockServer();
  try {
    const atoma = createAtomaClient({ apiKey: KEY, baseUrl: server.url });
    const secure = createConfidentialClient(atoma);
    const plain = await atoma.chat.create(params);
    const sealed = await secure.chat.create(params);
    if (plain.choices[0]?.message.content !== sealed.choices[0]?.message.content)
      throw new Error("the confidential answer differs from the plain one");
    const times = await interleaved([
      ["plain chat.create", () => atoma.chat.create(params)],
      ["confidential chat.create", () => secure.chat.create(params)],
      ["nodes.lock alone", () => atoma.nodes.lock({ model: MODEL })],
    ]);
    return times;
  } finally {
    server.stop();
  }
}

/**
 * The client's crypto of one confidential call, without I/O, step by step: what is prepared while the
 * lock is in flight, the sealing once the node's key is known, both in a row (`sealRequest`), then
 * opening and verifying the answer.
 */
async function clientCrypto() {
  const node = confidentialNode();
  const sign = nodeSigner();
  const request = JSON.stringify(params);
  const answer = JSON.stringify({
    id: "chatcmpl-1",
    object: "chat.completion",
    created: 1_736_950_000,
    model: MODEL,
    choices: [
      { index: 0, message: { role: "assistant", content: "Hello! ".repeat(20) }, finish_reason: "stop" },
    ],
    usage: { prompt_tokens: 12, completion_tokens: 40, total_tokens: 52 },
  });
  const prepare = () => prepareSeal({ plaintext: request, modelName: MODEL, stream: false });
  const target = { nodePublicKey: node.publicKey, stackSmallId: 1 };
  const { body, session } = await sealRequest({
    ...target,
    plaintext: request,
    modelName: MODEL,
    stream: false,
  });
  const nonce = crypto.getRandomValues(new Uint8Array(12));
  const hash = referenceBlake2b256(answer);
  const payload = {
    nonce: toBase64(nonce),
    ciphertext: toBase64(aesGcmSeal(node.keyFor(body), nonce, utf8(answer))),
    response_hash: toBase64(hash),
    signature: sign(hash),
  };
  return {
    prepare: await timeAsync(200, async () => (await prepare()).discard()),
    sealToNode: await timeAsync(200, async () => {
      const prepared = await prepare();
      const started = performance.now();
      (await prepared.seal(target)).session.destroy();
      return performance.now() - started;
    }),
    sealRequest: await timeAsync(200, async () => (await (await prepare()).seal(target)).session.destroy()),
    open: await timeAsync(200, async () => void (await openSealedPayload(payload, session, {}))),
  };
}

/** The chunks of a long chat stream, shaped as the mock sends them: a role, words, a finish, usage. */
function streamChunks(count: number): string[] {
  const base = `"id":"chatcmpl-3f0a33c386d9ca0dda327b19","object":"chat.completion.chunk","created":1736950000,"model":"${MODEL}"`;
  const chunk = (choices: string, extra = "") => `{${base},"choices":[${choices}]${extra}}`;
  const choice = (delta: string, finish = "null") => `{"index":0,"delta":${delta},"finish_reason":${finish}}`;
  const words = ["Hello", " from", " the", " node", ",", " café", " ✓", " 你好", " 🚀", " again"];
  const chunks = [chunk(choice(`{"role":"assistant","content":""}`))];
  for (let i = 0; chunks.length < count - 2; i++)
    chunks.push(chunk(choice(JSON.stringify({ content: words[i % 10] }))));
  chunks.push(chunk(choice("{}", '"stop"')));
  const usage = `{"prompt_tokens":7,"completion_tokens":${count - 2},"total_tokens":${count + 5}}`;
  chunks.push(chunk("", `,"usage":${usage}`));
  return chunks;
}

/** SSE bytes of `data` events, with a `: keep-alive` after every 4 (a parser cost, as idle streams have). */
function sse(datas: string[]): Uint8Array {
  const text = datas.map((data, i) => `data: ${data}\n\n${i % 4 === 3 ? ": keep-alive\n\n" : ""}`).join("");
  return utf8(text);
}

/** A response replaying `bytes` from memory, 16 KiB per read. */
function replay(bytes: Uint8Array): Response {
  let at = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.subarray(at, (at += 16_384)));
      },
    },
    { highWaterMark: 0 },
  );
  return new Response(body, { headers: { "content-type": "text/event-stream" } });
}

async function throughput() {
  const sign = nodeSigner();
  const node = confidentialNode();
  const unsigned = streamChunks(CHUNKS);
  const hashes = unsigned.map((text) => referenceBlake2b256(text));
  const signatures = hashes.map(sign);

  // Plain: each chunk with signature and response_hash appended, as Atoma's nodes send them.
  const plainBytes = sse(
    unsigned.map(
      (text, i) =>
        `${text.slice(0, -1)},"signature":"${signatures[i]}","response_hash":"${toBase64(hashes[i]!)}"}`,
    ),
  );
  // Confidential: each chunk sealed with the session key and the stream's one nonce (protocol step 7).
  const { body, session } = await sealRequest({
    plaintext: JSON.stringify({ ...params, stream: true }),
    nodePublicKey: node.publicKey,
    modelName: MODEL,
    stackSmallId: 1,
    stream: true,
  });
  session.destroy();
  const key = node.keyFor(body);
  const nonce = crypto.getRandomValues(new Uint8Array(12));
  const sealedBytes = sse(
    unsigned.map((text, i) =>
      JSON.stringify({
        ciphertext: toBase64(aesGcmSeal(key, nonce, utf8(text))),
        nonce: toBase64(nonce),
        ...(i === unsigned.length - 1 && { usage: JSON.parse(text).usage }),
        signature: signatures[i],
        response_hash: toBase64(hashes[i]!),
      }),
    ),
  );

  const readers: [string, () => AsyncIterable<ChatCompletionChunk>, Uint8Array][] = [
    ["plain, default decoder", () => createChatStream(replay(plainBytes)), plainBytes],
    [
      "plain, verifying decoder (withVerification)",
      () => createChatStream(replay(plainBytes), { decode: createVerifyingDecoder({}) }),
      plainBytes,
    ],
    [
      "confidential, the confidential client's decoder",
      () => {
        const fresh = createConfidentialSession(key.slice());
        const response = bindSessionToBody(replay(sealedBytes), fresh);
        // As the library reads a confidential stream: errors carry no partial plaintext.
        return createChatStream(response, {
          decode: createConfidentialDecoder(fresh, {}),
          keepPartial: false,
        });
      },
      sealedBytes,
    ],
  ];
  const rates = new Map<string, number[]>(readers.map(([name]) => [name, []]));
  for (let round = 0; round < STREAM_ROUNDS; round++) {
    for (const [name, read] of readers) {
      const started = performance.now();
      let count = 0;
      for await (const chunk of read()) if (chunk) count++;
      const seconds = (performance.now() - started) / 1000;
      if (count !== CHUNKS) throw new Error(`${name}: ${count} chunks, not ${CHUNKS}`);
      rates.get(name)!.push(count / seconds);
    }
  }

  // One chunk, step by step (the middle chunk of the confidential stream).
  const middle = Math.floor(CHUNKS / 2);
  const event = JSON.parse(
    JSON.stringify({
      ciphertext: toBase64(aesGcmSeal(key, nonce, utf8(unsigned[middle]!))),
      nonce: toBase64(nonce),
      signature: signatures[middle],
      response_hash: toBase64(hashes[middle]!),
    }),
  );
  const stepSession = createConfidentialSession(key.slice());
  const plaintext = stepSession.open(event);
  const hash = verifyResponseHash(plaintext, event.response_hash);
  const ed25519Event = { ...event, signature: ed25519Signer()(hash) };
  const signatureBytes = decodeBase64(ed25519Event.signature);
  const [edSignature, edKey] = [signatureBytes.subarray(1, 65), signatureBytes.subarray(65)];
  const steps: [string, number][] = [
    ["JSON.parse of the event", timeSync(2000, () => JSON.parse(JSON.stringify(event)))],
    ["base64 + AES-256-GCM open (session.open)", timeSync(2000, () => stepSession.open(event))],
    [
      "BLAKE2b-256 of the plaintext (verifyResponseHash)",
      timeSync(2000, () => verifyResponseHash(plaintext, event.response_hash)),
    ],
    [
      `${SCHEME} signature, one at a time (verifySuiSignature)`,
      await timeAsync(300, () => verifySuiSignature(hash, event.signature).then(() => {})),
    ],
    [
      "Ed25519 in JavaScript (verifyEd25519, noble: the fallback)",
      timeSync(300, () => verifyEd25519(edSignature, hash, edKey)),
    ],
    [
      "the whole chunk, one at a time (openSealedPayload: all of the above, then parse)",
      await timeAsync(300, () => openSealedPayload(event, stepSession, {}).then(() => {})),
    ],
  ];
  return { rates, sizes: { plain: plainBytes.length, sealed: sealedBytes.length }, steps };
}

async function main() {
  console.log(`node ${process.version}, load ${loadavg()[0]!.toFixed(2)}\n`);
  const times = await latency();
  const crypto = await clientCrypto();
  const plain = times.get("plain chat.create")!;
  const sealed = times.get("confidential chat.create")!;
  const lock = times.get("nodes.lock alone")!;
  console.log(
    `## 1. Latency: ${ROUNDS} rounds × ${CALLS} sequential calls each, batches of ${BATCH}, median\n`,
  );
  console.log("| | ms per call |");
  console.log("| --- | ---: |");
  console.log(`| plain chat.create | ${ms(plain)} |`);
  console.log(`| confidential chat.create (lock + request) | ${ms(sealed)} |`);
  console.log(`| difference | ${ms(sealed - plain)} |`);
  console.log(`| of which the lock's round trip (nodes.lock alone) | ${ms(lock)} |`);
  console.log(
    `| added beyond the lock's round trip (client + mock's extra work) | ${ms(sealed - plain - lock)} |`,
  );
  console.log(
    `| client only: prepare while the lock is in flight (X25519 key pair, salt, nonce, BLAKE2b) | ${ms(crypto.prepare)} |`,
  );
  console.log(
    `| client only: seal once the lock answers (X25519 agreement, HKDF, AES-GCM, body) | ${ms(crypto.sealToNode)} |`,
  );
  console.log(`| client only: both in a row (sealRequest) | ${ms(crypto.sealRequest)} |`);
  console.log(
    `| client only: open + verify the answer (AES-GCM, BLAKE2b, Ed25519 in WebCrypto, parse) | ${ms(crypto.open)} |`,
  );
  if (STREAM_ROUNDS === 0) return;

  const { rates, sizes, steps } = await throughput();
  const base = median(rates.get("plain, default decoder")!);
  const verified = median(rates.get("plain, verifying decoder (withVerification)")!);
  console.log(
    `\n## 2. Stream throughput, chunks signed with ${SCHEME}: ${CHUNKS} chunks replayed from memory (plain ${(sizes.plain / 1e6).toFixed(1)} MB, confidential ${(sizes.sealed / 1e6).toFixed(1)} MB), median of ${STREAM_ROUNDS}\n`,
  );
  console.log("| stream | chunks/s | µs per chunk | of the plain rate | of the verified plain rate |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const [name, values] of rates) {
    const rate = median(values);
    const share = (of: number) => `${((rate / of) * 100).toFixed(1)}%`;
    console.log(
      `| ${name} | ${Math.round(rate)} | ${(1e6 / rate).toFixed(1)} | ${share(base)} | ${share(verified)} |`,
    );
  }
  console.log("\n| one confidential chunk, step by step | µs |");
  console.log("| --- | ---: |");
  for (const [name, value] of steps) console.log(`| ${name} | ${(value * 1000).toFixed(1)} |`);
}

await main();
