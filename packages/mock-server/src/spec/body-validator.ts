import type { ErrorObject, ValidateFunction } from "ajv";
import type { SpecOperation } from "../generated/spec.js";
import type { SpecDocument } from "./spec-document.js";
import { createSpecValidator } from "./spec-validator.js";

/** Why a body is invalid: the failing field and rule. */
export type BodyProblem = string;

/** Says why a body is invalid for an operation, or nothing when it is valid. */
export type BodyValidator = ReturnType<typeof createBodyValidator>;

/** Validates request bodies against the spec's schemas, compiled once at start-up. */
export function createBodyValidator(spec: SpecDocument, operations: readonly SpecOperation[]) {
  const validator = createSpecValidator(spec);
  const compiled = new Map<string, ValidateFunction>();
  const names = new Set(operations.flatMap(({ request, streamRequest }) => [request, streamRequest]));
  for (const name of names) if (name) compiled.set(name, validator.compileNamed(name));

  /** The problem with a body for an operation, or undefined when it is valid. */
  return (operation: SpecOperation, body: unknown): BodyProblem | undefined => {
    // A body that asks to stream is held to the streaming request, any other to the plain one.
    const wantsStream = (body as { stream?: unknown } | null)?.stream === true;
    const name = wantsStream && operation.streamRequest ? operation.streamRequest : operation.request;
    const validate = name ? compiled.get(name) : undefined;
    if (!validate || validate(body)) return undefined;
    return describe(validate.errors ?? []);
  };
}

/** The most specific error: the deepest field, named with the rule it breaks. */
function describe(errors: ErrorObject[]): BodyProblem {
  const [error] = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length);
  if (!error) return "body is invalid";
  const field = error.instancePath ? error.instancePath.slice(1).replaceAll("/", ".") : "body";
  const detail =
    error.keyword === "required"
      ? `must have required property '${error.params.missingProperty}'`
      : error.message;
  return `${field} ${detail} (${error.keyword})`;
}
