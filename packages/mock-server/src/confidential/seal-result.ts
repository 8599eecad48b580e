import { bodyJson } from "../body-json.js";
import { toBase64 } from "../base64.js";
import type { HandlerResult } from "../handlers/result.js";
import type { ResponseSigner } from "../signing.js";
import type { OpenedRequest } from "./open-sealed-request.js";

/**
 * Protocol steps 6 and 7: each plain body or chunk encrypted and signed, usage in clear. `nonce` serves
 * the whole response, as Atoma's nodes do.
 */
export async function sealResult(
  result: HandlerResult,
  opened: OpenedRequest,
  { nonce, signer }: { nonce: Uint8Array; signer: ResponseSigner },
): Promise<HandlerResult> {
  const seal = async (plain: object) => {
    const { ciphertext, nonce: sealedNonce, hash } = opened.seal(bodyJson(plain), nonce);
    const { usage } = plain as { usage?: unknown };
    const signature = await signer.signHash(hash);
    return { ciphertext, nonce: sealedNonce, usage, signature, response_hash: toBase64(hash) };
  };
  if (result.kind === "json") {
    const sealed = await seal(result.body);
    // The node's `json!` order (atoma-node handlers/mod.rs); no `usage` for images.
    const { nonce, ciphertext, response_hash, signature, usage } = sealed;
    return {
      kind: "json",
      body: { nonce, ciphertext, response_hash, signature, ...(usage ? { usage } : {}) },
      signed: false,
    };
  }
  // The node's streamer order: `usage` (only on the final event) comes before the signature.
  const events = result.chunks.map(async (chunk) => {
    const { ciphertext, nonce, usage, signature, response_hash } = await seal(chunk);
    return { ciphertext, nonce, ...(usage ? { usage } : {}), signature, response_hash };
  });
  return { kind: "stream", chunks: await Promise.all(events), signed: false };
}
