export { decodeBase64, encodeBase64 } from "./base64.js";
export type { ConfidentialSession, EncryptedPayload } from "./confidential-session.js";
export {
  Base64Error,
  DecryptionError,
  IntegrityError,
  isBase64Error,
  isDecryptionError,
  isIntegrityError,
} from "./errors.js";
export type {
  DecryptionErrorOptions,
  DecryptionErrorReason,
  IntegrityErrorOptions,
  IntegrityErrorReason,
} from "./errors.js";
export { sealRequest } from "./seal-request.js";
export type { RandomSource, SealedRequest, SealRequestOptions } from "./seal-request.js";
export { suiAddress } from "./sui-address.js";
export type {
  ConfidentialComputeRequest,
  ConfidentialComputeResponse,
  ConfidentialComputeStreamResponse,
} from "./types.js";
export { verifyResponseHash } from "./verify-response-hash.js";
export { verifySignedBody } from "./verify-signed-body.js";
export type { SignedBody } from "./verify-signed-body.js";
export { verifySuiSignature } from "./verify-sui-signature.js";
export type { SuiSigner, VerifySignerOptions } from "./verify-sui-signature.js";
