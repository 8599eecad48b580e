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
    const { ciphertext, nonce: sealedNonce, hash } = opened.seal(JSON.stringify(plain), nonce);
    const usage = (plain as { usage?: unknown }).usage;
    return {
      ciphertext,
      nonce: sealedNonce,
      ...(usage ? { usage } : {}),
      signature: await signer.signHash(hash),
      response_hash: toBase64(hash),
    };
  };
  if (result.kind === "json") return { kind: "json", body: await seal(result.body), signed: false };
  return { kind: "stream", chunks: await Promise.all(result.chunks.map(seal)), signed: false };
}
