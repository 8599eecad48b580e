import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

/**
 * The `@atoma-ts/types` source for the spec: `paths`, `components`, `operations`, and a root alias
 * for every schema (`ChatCompletionChunk`, ...), so consumers import them by name.
 */
export async function generateTypes(specPath: string): Promise<string> {
  const ast = await openapiTS(pathToFileURL(specPath), {
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    silent: true,
  });
  return astToString(ast);
}
