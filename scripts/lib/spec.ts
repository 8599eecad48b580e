import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/** The spec every package is generated from or driven by. */
export const SPEC_PATH = fileURLToPath(new URL("../../openapi/atoma.yaml", import.meta.url));

/** A JSON node of the OpenAPI document, walked rather than trusted. */
export type SpecNode = { [key: string]: any };

/** Reads and parses the spec YAML. */
export function loadSpec(path: string = SPEC_PATH): SpecNode {
  return parse(readFileSync(path, "utf8")) as SpecNode;
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

/** One operation of the spec with the path and method it sits under. */
export interface SpecOperation {
  path: string;
  method: (typeof HTTP_METHODS)[number];
  operation: SpecNode;
}

/** Every operation, in the spec's order. */
export function listOperations(spec: SpecNode): SpecOperation[] {
  return Object.entries(spec.paths as SpecNode).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => ({
      path,
      method,
      operation: item[method] as SpecNode,
    })),
  );
}

/** The schema name a local `#/components/schemas/X` reference points to. */
export function schemaNameOf(node: SpecNode | undefined): string | undefined {
  const ref: unknown = node?.$ref;
  const prefix = "#/components/schemas/";
  return typeof ref === "string" && ref.startsWith(prefix) ? ref.slice(prefix.length) : undefined;
}

const SUBSCHEMA_MAPS = ["properties", "$defs", "patternProperties"] as const;
const SUBSCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;
const SUBSCHEMA_SINGLES = ["items", "additionalProperties", "not", "contains"] as const;

/** A schema found in the spec, with the JSON pointer it sits at. */
export interface LocatedSchema {
  pointer: string;
  schema: SpecNode;
}

/** Every schema of the spec, nested ones included: components and the bodies of every operation. */
export function* walkSchemas(spec: SpecNode): Generator<LocatedSchema> {
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    yield* walkSchema(schema as SpecNode, `#/components/schemas/${name}`);
  }
  for (const { path, method, operation } of listOperations(spec)) {
    const base = `#/paths/${path.replaceAll("/", "~1")}/${method}`;
    const bodies = Object.entries(operation.requestBody?.content ?? {}).map(
      ([type, media]) => [`${base}/requestBody/content/${type}`, media] as const,
    );
    const responses = Object.entries(operation.responses ?? {}).flatMap(([status, response]) =>
      Object.entries((response as SpecNode).content ?? {}).map(
        ([type, media]) => [`${base}/responses/${status}/content/${type}`, media] as const,
      ),
    );
    for (const [pointer, media] of [...bodies, ...responses]) {
      if ((media as SpecNode).schema) yield* walkSchema((media as SpecNode).schema, `${pointer}/schema`);
    }
  }
}

function* walkSchema(schema: SpecNode, pointer: string): Generator<LocatedSchema> {
  yield { pointer, schema };
  for (const key of SUBSCHEMA_MAPS) {
    for (const [name, sub] of Object.entries(schema[key] ?? {})) {
      yield* walkSchema(sub as SpecNode, `${pointer}/${key}/${name}`);
    }
  }
  for (const key of SUBSCHEMA_LISTS) {
    for (const [index, sub] of (schema[key] ?? []).entries())
      yield* walkSchema(sub, `${pointer}/${key}/${index}`);
  }
  for (const key of SUBSCHEMA_SINGLES) {
    if (schema[key] && typeof schema[key] === "object") yield* walkSchema(schema[key], `${pointer}/${key}`);
  }
}

/** Follows a `$ref` to a component schema, or returns the node itself. */
export function deref(spec: SpecNode, node: SpecNode): SpecNode {
  const name = schemaNameOf(node);
  return name ? spec.components.schemas[name] : node;
}

/** A property of an object schema, looking through `allOf`, with whether it is required there. */
export function findProperty(
  spec: SpecNode,
  node: SpecNode,
  property: string,
): { schema: SpecNode; required: boolean } | undefined {
  const schema = deref(spec, node);
  if (schema.properties?.[property]) {
    return { schema: schema.properties[property], required: (schema.required ?? []).includes(property) };
  }
  for (const part of schema.allOf ?? []) {
    const found = findProperty(spec, part, property);
    if (found) return found;
  }
  return undefined;
}
