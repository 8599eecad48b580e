import { AtomaError, type AtomaErrorOptions } from "@atoma-ts/client";
import { hasErrorName } from "@atoma-ts/client/internal";

/**
 * Why a `chat.runTools` run failed (a tool's failure is not one: it goes back to the model):
 * - `"max-rounds"`: the model still called tools in its last allowed round (`maxRounds`); those calls
 *   were not run, and `run.messages` ends with the message that made them;
 * - `"no-choice"`: a completion had no choice to read;
 * - `"invalid-params"`: nothing was sent: `maxRounds` is not a whole number ≥ 1, or two tools share a name.
 */
export type ToolRunErrorType = "max-rounds" | "no-choice" | "invalid-params";

/** What a {@link ToolRunError} is made from. */
export interface ToolRunErrorOptions extends AtomaErrorOptions {
  /** Why the run failed. */
  type: ToolRunErrorType;
}

/**
 * A `chat.runTools` run that could not go on. Its message names no argument or result: they may be
 * private (read them in `run.messages`).
 */
export class ToolRunError extends AtomaError {
  static {
    this.prototype.name = "ToolRunError";
  }
  /** Why the run failed. */
  readonly type: ToolRunErrorType;

  constructor(message: string, { type, ...options }: ToolRunErrorOptions) {
    super(message, options);
    this.type = type;
  }
}

/** Whether an error is a {@link ToolRunError} (also across package copies and realms). */
export const isToolRunError = (error: unknown): error is ToolRunError => hasErrorName(error, "ToolRunError");
