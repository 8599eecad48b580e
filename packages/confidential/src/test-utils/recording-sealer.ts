import type { ConfidentialSession } from "../protocol/confidential-session.js";
import { prepareSeal, type PreparedSeal } from "../protocol/seal-request.js";
import type { Sealer } from "../protocol/send-confidential.js";

/**
 * A sealer that keeps what it makes, so tests can see when each session is destroyed and each
 * prepared key pair spent.
 */
export function recordingSealer(): {
  seal: Sealer;
  sessions: ConfidentialSession[];
  prepared: PreparedSeal[];
} {
  const sessions: ConfidentialSession[] = [];
  const prepared: PreparedSeal[] = [];
  const seal: Sealer = async (options) => {
    const made = await prepareSeal(options);
    prepared.push(made);
    return {
      get spent() {
        return made.spent;
      },
      discard: () => made.discard(),
      async seal(target) {
        const sealed = await made.seal(target);
        sessions.push(sealed.session);
        return sealed;
      },
    };
  };
  return { seal, sessions, prepared };
}
