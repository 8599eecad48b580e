import type { RequestOptions } from "@atoma-ts/client";
import { operationName, parseJsonResponse, readText } from "@atoma-ts/client/internal";
import type { ConfidentialBase } from "../protocol/lock-node.js";
import { openSealedPayload } from "../protocol/open-sealed-payload.js";
import { sendConfidential, type ConfidentialCall, type Sealer } from "../protocol/send-confidential.js";
import { attachVerification, type Verified } from "../verification/verification.js";
import type { VerifySignerOptions } from "../verification/verify-sui-signature.js";

/**
 * A non-stream confidential call: lock, seal and send, then open the response (protocol step 6):
 * decrypt, check the hash and the signature, parse. The session is destroyed when the call ends,
 * whether it succeeds or fails.
 */
export async function callConfidential(
  atoma: ConfidentialBase,
  call: ConfidentialCall,
  options: RequestOptions,
  verify: VerifySignerOptions,
  seal?: Sealer,
): Promise<{ data: Verified<object>; response: Response }> {
  const { response, session } = await sendConfidential(atoma, call, options, seal);
  try {
    const operation = operationName(call.operationId);
    const sealed = parseJsonResponse(
      await readText(response, operation, options.signal),
      response,
      operation,
    );
    const { value, verification } = await openSealedPayload(sealed, session, verify);
    return { data: attachVerification(value, verification), response };
  } finally {
    session.destroy();
  }
}
