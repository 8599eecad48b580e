/** A refusal the server answers with Atoma's JSON error (the pipeline's error handler writes it). */
export class ConfidentialRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
