export { createMockServer, DEFAULT_MODELS } from "./create-mock-server.js";
export type { MockServer, MockServerOptions } from "./create-mock-server.js";
export { listen } from "./listen.js";
export type { ListenOptions, ListeningMockServer } from "./listen.js";
export type { Faults } from "./faults/faults.js";
export type { RequestLogEntry } from "./pipeline/request-log.js";
export { createResponseSigner } from "./signing.js";
export type { ResponseSigner, SignatureScheme } from "./signing.js";
export type { BodyOutcome } from "./faults/write-frames.js";
