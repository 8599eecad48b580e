// The confidential client and verifiable responses.
export { createConfidentialClient, DEFAULT_IMAGE_COMPUTE_UNITS } from "./client/confidential-client.js";
export type {
  ConfidentialChatStreamParams,
  ConfidentialClient,
  ConfidentialClientOptions,
  ConfidentialCompletionStreamParams,
  ConfidentialRequestOptions,
  ConfidentialStreamOptions,
} from "./client/confidential-client.js";
export type { ConfidentialBase } from "./protocol/lock-node.js";
export type { StreamPromise } from "@atoma-ts/streaming";
export { verificationOf } from "./verification/verification.js";
export type { Verification, Verified } from "./verification/verification.js";
export { withVerification } from "./verification/with-verification.js";
export type {
  VerificationBase,
  VerificationOptions,
  VerifyingClient,
  VerifyingMethods,
} from "./verification/with-verification.js";

// Errors.
export {
  Base64Error,
  DecryptionError,
  IntegrityError,
  isBase64Error,
  isDecryptionError,
  isIntegrityError,
  isNodeUnavailableError,
  NodeUnavailableError,
} from "./errors.js";
export type {
  DecryptionErrorOptions,
  DecryptionErrorType,
  IntegrityErrorOptions,
  IntegrityErrorType,
  NodeUnavailableErrorOptions,
} from "./errors.js";

// The cryptographic core, for callers who run the protocol themselves.
export type { ConfidentialSession, EncryptedPayload } from "./protocol/confidential-session.js";
export { sealRequest } from "./protocol/seal-request.js";
export type { RandomSource, SealedRequest, SealRequestOptions } from "./protocol/seal-request.js";
export { suiAddress } from "./verification/sui-address.js";
export type { SuiSignatureScheme } from "./verification/signature-schemes.js";
export type {
  ConfidentialComputeRequest,
  ConfidentialComputeResponse,
  ConfidentialComputeStreamResponse,
} from "./types.js";
export { verifyResponseHash } from "./verification/verify-response-hash.js";
export { verifySignedBody } from "./verification/verify-signed-body.js";
export type { SignedBody } from "./verification/verify-signed-body.js";
export { verifySuiSignature } from "./verification/verify-sui-signature.js";
export type { SuiSigner, VerifySignerOptions } from "./verification/verify-sui-signature.js";
