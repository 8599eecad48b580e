/**
 * What the other `@atoma-ts` packages need of the client and users do not: the operation table, the
 * promise and error factories, body readers. Unstable: it changes with any release, without notice. Import
 * the package root instead.
 *
 * @internal
 * @packageDocumentation
 */
export { createAPIPromise } from "./api-promise.js";
export { createAPIError, hasErrorName } from "./errors.js";
export { operations } from "./generated/operations.js";
export { CLIENT_SETTINGS, clientSettingsOf, type ClientSettings } from "./options.js";
export { parseChatCompletion, parseChoices, pathOf } from "./parse/parse-chat-completion.js";
export {
  isSchemaFormat,
  jsonSchemaFormat,
  schemaFormatOf,
  standardJsonSchemaOf,
} from "./parse/response-format.js";
export { EncodedJson, operationName } from "./outgoing.js";
export { invalidResponseError, parseBody, parseJsonResponse, readCappedText, readText } from "./read-body.js";
export { sleep } from "./deadline.js";
export { isRetryableStatus, retryDelay, retryPolicy } from "./retry-policy.js";
