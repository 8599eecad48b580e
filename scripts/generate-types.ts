import { pathToFileURL } from "node:url";
import openapiTS, { astToString, type SchemaObject } from "openapi-typescript";
import ts from "typescript";

/**
 * The `@atoma-ts/types` source for the spec: `paths`, `components`, `operations`, and a root alias
 * for every schema (`ChatCompletionChunk`, ...), so consumers import them by name.
 */
export async function generateTypes(specPath: string): Promise<string> {
  const ast = await openapiTS(pathToFileURL(specPath), {
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    silent: true,
    transform: openStringWithKnownValues,
  });
  return astToString(ast);
}

/**
 * A string schema with `x-known-values` (the model ids Atoma serves today) becomes
 * `"a" | "b" | (string & {})`: editors offer the known ids, and any other string is still accepted
 * (`"a" | string` would collapse to `string` and offer nothing).
 */
function openStringWithKnownValues(schema: SchemaObject): ts.TypeNode | undefined {
  const known = (schema as { "x-known-values"?: unknown })["x-known-values"];
  if (!Array.isArray(known)) return undefined;
  const literals = known.map((value) =>
    ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(String(value))),
  );
  const anyString = ts.factory.createIntersectionTypeNode([
    ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
    ts.factory.createTypeLiteralNode([]),
  ]);
  return ts.factory.createUnionTypeNode([...literals, anyString]);
}
