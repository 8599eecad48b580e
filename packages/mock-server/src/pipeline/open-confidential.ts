import type { ConfidentialComputeRequest } from "@atoma-ts/types";
import type { ConfidentialNode } from "../confidential/confidential-node.js";
import { IMAGE_COMPUTE_UNITS } from "../confidential/node-locks.js";
import { sealResult } from "../confidential/seal-result.js";
import { nodeRefusal } from "../confidential/confidential-refusal.js";
import type { SpecOperation } from "../generated/spec.js";
import type { ResponseSigner } from "../signing.js";
import type { BodyValidator } from "../spec/body-validator.js";
import type { PipelineStep } from "./pipeline-env.js";

/** What the confidential step works with. */
export interface ConfidentialStepOptions {
  node: ConfidentialNode;
  validateBody: BodyValidator;
  signer: ResponseSigner;
}

/**
 * For a confidential operation: opens the sealed request and hands the plain request inside to the
 * next steps, then seals what they answer (protocol steps 2-7, node side).
 */
export function openConfidential(
  plain: SpecOperation,
  { node, validateBody, signer }: ConfidentialStepOptions,
): PipelineStep {
  const imageUnits = plain.operationId === "image_generations_create" ? IMAGE_COMPUTE_UNITS : undefined;
  return async (c, next) => {
    const sealed = c.get("body") as ConfidentialComputeRequest;
    const opened = await node.open(sealed, { imageUnits });
    const problem = validateBody(plain, opened.plaintext);
    // The node checks the decrypted request; the proxy turns the node's 400 into a 500.
    if (problem) throw nodeRefusal(`invalid encrypted request body: ${problem}`);
    const stream = (opened.plaintext as { stream?: unknown }).stream === true;
    if (sealed.stream != null && sealed.stream !== stream) {
      throw nodeRefusal("stream does not match the encrypted request's stream");
    }
    c.get("entry").confidential = { operationId: plain.operationId, stream };
    c.set("body", opened.plaintext);
    await next();
    const result = c.get("result");
    if (result) c.set("result", await sealResult(result, opened, { nonce: node.nonce(), signer }));
  };
}
