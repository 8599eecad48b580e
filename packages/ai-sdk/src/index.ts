// The Atoma provider for the Vercel AI SDK.
export { atoma, createAtoma } from "./create-atoma.js";
export type {
  AtomaConnectionSettings,
  AtomaModeSettings,
  AtomaProvider,
  AtomaProviderSettings,
} from "./create-atoma.js";
export type {
  AtomaImageVerificationMetadata,
  AtomaStreamVerificationMetadata,
  AtomaVerificationMetadata,
} from "./verification-metadata.js";
