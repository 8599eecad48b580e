export * from "./errors.js";
export { operations } from "./generated/operations.js";
export type { OperationId, OperationTypes } from "./generated/operations.js";
