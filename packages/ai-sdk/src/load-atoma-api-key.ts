import { LoadAPIKeyError } from "@ai-sdk/provider";
import { loadOptionalSetting } from "@ai-sdk/provider-utils";

/**
 * The API key: the one given, else `ATOMA_API_KEY`, else `ATOMASDK_BEARER_AUTH` (the official SDK's),
 * in the order `@atoma-ts/client` reads them. Read at the first call, not when the provider is made,
 * so that a key loaded later (dotenv) is found and importing `atoma` never throws.
 *
 * @throws {LoadAPIKeyError} no key anywhere, as the AI SDK's providers throw it.
 */
export function loadAtomaApiKey(apiKey: string | undefined): string {
  const key =
    apiKey ||
    loadOptionalSetting({ settingValue: undefined, environmentVariableName: "ATOMA_API_KEY" }) ||
    loadOptionalSetting({ settingValue: undefined, environmentVariableName: "ATOMASDK_BEARER_AUTH" });
  if (!key) {
    throw new LoadAPIKeyError({
      message:
        "Atoma API key is missing. Pass it as createAtoma({ apiKey }), or set the ATOMA_API_KEY " +
        "(or ATOMASDK_BEARER_AUTH) environment variable.",
    });
  }
  return key;
}
