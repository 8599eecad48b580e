import type { StandardSchemaV1 } from "@standard-schema/spec";
import { AtomaError, hasErrorName, type AtomaErrorOptions } from "../errors.js";

/**
 * Why a structured answer could not be given as a parsed value:
 * - `"refusal"`: the model refused (`message.refusal`);
 * - `"length"`: the answer was cut at the token limit (`finish_reason: "length"`);
 * - `"invalid-json"`: the content is not JSON (or there is none);
 * - `"invalid"`: the JSON does not pass the schema (see `issues`);
 * - `"no-json-schema"`: nothing was sent: the schema gives no JSON Schema (its library does not implement
 *   Standard JSON Schema, or cannot convert it) and none was passed as `jsonSchema`.
 */
export type ParseErrorType = "refusal" | "length" | "invalid-json" | "invalid" | "no-json-schema";

/** What a {@link ParseError} is made from. */
export interface ParseErrorOptions extends AtomaErrorOptions {
  /** Why the answer is not given. */
  type: ParseErrorType;
  /** The raw content of the answer (the refusal's text for `"refusal"`). */
  content?: string | undefined;
  /** The schema's issues, for `"invalid"`. */
  issues?: readonly StandardSchemaV1.Issue[] | undefined;
  /** The index of the choice that failed. */
  choice?: number | undefined;
}

/**
 * A structured answer (`chat.parse`) that cannot be trusted as the schema's value: refused, cut, not
 * JSON, or not valid. `content` (the raw answer) and `issues` are kept for inspection but are not
 * enumerable and never quoted in `message`, so that logging the error does not log the answer.
 *
 * @example
 * ```ts
 * try {
 *   await atoma.chat.parse({ model, messages, response_format: Weather });
 * } catch (error) {
 *   if (isParseError(error) && error.type === "invalid") console.log(error.issues, error.content);
 * }
 * ```
 */
export class ParseError extends AtomaError {
  static {
    this.prototype.name = "ParseError";
  }
  /** Why the answer is not given. */
  readonly type: ParseErrorType;
  /** The index of the choice that failed, when an answer failed. */
  readonly choice: number | undefined;
  /** The raw content of the answer (the refusal's text for `"refusal"`); not enumerable. */
  declare readonly content: string | undefined;
  /** The schema's issues, for `"invalid"`; not enumerable. */
  declare readonly issues: readonly StandardSchemaV1.Issue[] | undefined;

  constructor(message: string, { type, content, issues, choice, ...options }: ParseErrorOptions) {
    super(message, options);
    this.type = type;
    this.choice = choice;
    Object.defineProperties(this, { content: { value: content }, issues: { value: issues } });
  }
}

export const isParseError = (error: unknown): error is ParseError => hasErrorName(error, "ParseError");
