import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import type { SpecNode } from "./spec-document.js";

const SCHEMAS_PREFIX = "#/components/schemas/";
const SPEC_ID = "https://atoma-ts.dev/atoma.yaml";

/**
 * A JSON Schema 2020-12 validator for the spec's schemas. The spec's local refs are rewritten to
 * absolute ones into a single `$defs` document, so any schema found anywhere in the spec (a
 * component, a property, an inline body) compiles on its own.
 */
export function createSpecValidator(spec: SpecNode) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  // OpenAPI's own annotations: they carry no validation meaning here.
  ajv.addKeyword("example");
  ajv.addKeyword("discriminator");
  for (const keyword of collectExtensionKeys(spec.components.schemas)) ajv.addKeyword(keyword);
  ajv.addSchema({ $id: SPEC_ID, $defs: absoluteRefs(spec.components.schemas) });

  return {
    /** Compiles any schema of the spec (its refs still in the spec's local form). */
    compile(schema: SpecNode): ValidateFunction {
      return ajv.compile(absoluteRefs(schema));
    },
    /** Compiles a named component schema. */
    compileNamed(name: string): ValidateFunction {
      return ajv.compile({ $ref: `${SPEC_ID}#/$defs/${name}` });
    },
  };
}

function absoluteRefs<T>(node: T): T {
  if (Array.isArray(node)) return node.map(absoluteRefs) as T;
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) =>
      key === "$ref" && typeof value === "string" && value.startsWith(SCHEMAS_PREFIX)
        ? [key, `${SPEC_ID}#/$defs/${value.slice(SCHEMAS_PREFIX.length)}`]
        : [key, absoluteRefs(value)],
    ),
  ) as T;
}

function collectExtensionKeys(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => collectExtensionKeys(item, found));
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("x-")) found.add(key);
      collectExtensionKeys(value, found);
    }
  }
  return found;
}
