import type { NodesCreateLockRequest } from "@atoma-ts/types";
import type { ConfidentialNode } from "../confidential/confidential-node.js";
import { ConfidentialRefusal } from "../confidential/confidential-refusal.js";
import type { OperationHandler } from "./result.js";

/** `POST /v1/nodes/lock`: locks the node for a model it serves with confidential compute. */
export function createLockNode(
  node: ConfidentialNode,
  confidentialModels: ReadonlySet<string>,
): OperationHandler {
  return (body: NodesCreateLockRequest) => {
    if (!confidentialModels.has(body.model)) {
      throw new ConfidentialRefusal(503, `No node serves ${body.model} with confidential compute`);
    }
    return { kind: "json", body: node.lock(body), signed: false };
  };
}
