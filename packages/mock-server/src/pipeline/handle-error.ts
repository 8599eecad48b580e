import { ConfidentialRefusal } from "../confidential/confidential-refusal.js";
import { proxyError } from "../proxy-error.js";
import { ConnectionDropped } from "../faults/connection-drop.js";

/**
 * The app's error handler: a refusal is answered as it says, a dropped connection stays a drop (the
 * server's `fetch` sees it), and anything else is the mock's own bug, answered 500.
 */
export function handleError(error: Error): Response {
  if (error instanceof ConnectionDropped) throw error;
  if (error instanceof ConfidentialRefusal) return proxyError(error.status, error.detail);
  return proxyError(500, `Mock server error: ${error.message}`);
}
