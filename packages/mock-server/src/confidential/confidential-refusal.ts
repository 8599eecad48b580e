/**
 * A refusal the server answers as the proxy would (the pipeline's error handler writes it). The error's
 * message says why, for whoever reads the mock; the client sees only what the proxy sends: the status's
 * code and message, with `detail` for a 400 (`Request error: <detail>`) or a 500.
 */
export class ConfidentialRefusal extends Error {
  constructor(
    readonly status: number,
    reason: string,
    readonly detail?: string,
  ) {
    super(reason);
  }
}

/**
 * The node's refusals of a sealed request (a wrong node key, a failed decryption, a plaintext hash that
 * does not match, a decrypted body that is no valid request): the node answers 400, which the proxy
 * turns into a 500 whose message is the status's reason phrase, after the lock is spent.
 */
export const nodeRefusal = (reason: string) => new ConfidentialRefusal(500, reason, "Bad Request");
