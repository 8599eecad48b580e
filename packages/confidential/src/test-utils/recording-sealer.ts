import type { ConfidentialSession } from "../confidential-session.js";
import { sealRequest } from "../seal-request.js";
import type { Sealer } from "../send-confidential.js";

/** A sealer that keeps the sessions it makes, so tests can see when each is destroyed. */
export function recordingSealer(): { seal: Sealer; sessions: ConfidentialSession[] } {
  const sessions: ConfidentialSession[] = [];
  const seal: Sealer = (options) => {
    const sealed = sealRequest(options);
    sessions.push(sealed.session);
    return sealed;
  };
  return { seal, sessions };
}
