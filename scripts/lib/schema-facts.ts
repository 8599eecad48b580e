import type { SpecNode } from "./spec.ts";

/**
 * What a schema says about one property path, in a form two differently written specs can be compared
 * in: `$ref`, `allOf`, `oneOf` and `anyOf` are resolved away.
 *
 * Paths: `a.b` is property `b` of property `a`; `a[]` the items of array `a`; `a{}` the values of map
 * `a`; `a<role=tool>` the alternative of union `a` whose `role` is `tool` (only when every object
 * alternative has one such single-valued property; other unions merge their alternatives).
 */
export interface PropertyFact {
  /** JSON types, sorted; `any` for a schema that allows every value (`{}`). */
  type: string[];
  /** Whether the enclosing object requires it (in every alternative that defines it). */
  required: boolean;
  format?: string;
  /** JSON pointers of the nodes at this path that carry an `x-seed-deviation`. */
  deviations?: string[];
}

/** Every property path of one schema. */
export interface SchemaFacts {
  type: string[];
  required: string[];
  properties: Record<string, PropertyFact>;
}

interface Located {
  node: SpecNode;
  pointer: string;
}

/** A schema with its compositions resolved: its types, its object alternatives, its items and values. */
interface Expanded {
  types: Set<string>;
  format: string | undefined;
  objects: { properties: Map<string, Located[]>; required: Set<string> }[];
  items: Located[];
  values: Located[];
  deviations: string[];
}

const COMPONENT = "#/components/schemas/";

/** The flattened facts of a schema of `doc` (an OpenAPI document). */
export function schemaFacts(doc: SpecNode, node: SpecNode, pointer: string): SchemaFacts {
  const properties: Record<string, PropertyFact> = {};
  const root = expand(doc, { node, pointer }, []);
  const required = new Set<string>();
  for (const object of root.objects) for (const name of object.required) required.add(name);
  collectChildren(
    doc,
    root,
    "",
    properties,
    pointer.startsWith(COMPONENT) ? [pointer.slice(COMPONENT.length)] : [],
  );
  return { type: [...root.types].sort(), required: [...required].sort(), properties };
}

function expand(doc: SpecNode, { node, pointer }: Located, stack: string[]): Expanded {
  const out: Expanded = {
    types: new Set(),
    format: node.format,
    objects: [],
    items: [],
    values: [],
    deviations: [],
  };
  if (node["x-seed-deviation"]) out.deviations.push(pointer);
  const ref: unknown = node.$ref;
  if (typeof ref === "string") {
    if (!ref.startsWith(COMPONENT)) throw new Error(`unsupported $ref ${ref} at ${pointer}`);
    const name = ref.slice(COMPONENT.length);
    // A recursive schema stops at its second visit: its shape is already listed above.
    if (stack.includes(name)) return { ...out, types: new Set(["object"]) };
    const target = expand(doc, { node: doc.components.schemas[name], pointer: ref }, [...stack, name]);
    return merge(out, target);
  }
  const own = [node.type ?? []].flat() as string[];
  for (const type of own) out.types.add(type);
  for (const value of "const" in node ? [node.const] : (node.enum ?? [])) out.types.add(jsonType(value));
  if (node.properties || node.required) {
    out.types.add("object");
    out.objects.push({
      properties: new Map(
        Object.entries(node.properties ?? {}).map(([name, sub]) => [
          name,
          [{ node: sub as SpecNode, pointer: `${pointer}/properties/${name}` }],
        ]),
      ),
      required: new Set(node.required ?? []),
    });
  }
  if (node.items) out.items.push({ node: node.items, pointer: `${pointer}/items` });
  // `additionalProperties: true` and `{}` say the same: values of any type.
  const values = node.additionalProperties === true ? {} : node.additionalProperties;
  if (values && typeof values === "object") {
    out.values.push({ node: values, pointer: `${pointer}/additionalProperties` });
  }
  if (node.allOf) {
    const parts = (node.allOf as SpecNode[]).map((part, i) =>
      expand(doc, { node: part, pointer: `${pointer}/allOf/${i}` }, stack),
    );
    // allOf is an intersection: its object parts are one object.
    const joined = parts.reduce(merge, emptyExpanded());
    joined.objects = [joinObjects(joined.objects)];
    merge(out, joined);
  }
  for (const key of ["oneOf", "anyOf"] as const) {
    (node[key] as SpecNode[] | undefined)?.forEach((alternative, i) =>
      merge(out, expand(doc, { node: alternative, pointer: `${pointer}/${key}/${i}` }, stack)),
    );
  }
  if (out.types.size === 0) {
    if (out.items.length) out.types.add("array");
    else if (!node.allOf && !node.oneOf && !node.anyOf) out.types.add("any");
  }
  return out;
}

function emptyExpanded(): Expanded {
  return { types: new Set(), format: undefined, objects: [], items: [], values: [], deviations: [] };
}

function merge(into: Expanded, from: Expanded): Expanded {
  for (const type of from.types) into.types.add(type);
  into.format ??= from.format;
  into.objects.push(...from.objects);
  into.items.push(...from.items);
  into.values.push(...from.values);
  into.deviations.push(...from.deviations);
  return into;
}

function joinObjects(objects: Expanded["objects"]): Expanded["objects"][number] {
  const properties = new Map<string, Located[]>();
  const required = new Set<string>();
  for (const object of objects) {
    for (const [name, located] of object.properties)
      properties.set(name, [...(properties.get(name) ?? []), ...located]);
    for (const name of object.required) required.add(name);
  }
  return { properties, required };
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** The property every object alternative pins to one value (`role: {const: tool}`), if any. */
function discriminator(objects: Expanded["objects"]): { name: string; values: string[] } | undefined {
  if (objects.length < 2) return undefined;
  const candidates = [...objects[0]!.properties.keys()];
  for (const name of candidates) {
    const values = objects.map((object) => {
      const located = object.properties.get(name);
      if (located?.length !== 1) return undefined;
      const node = located[0]!.node;
      const pinned = "const" in node ? [node.const] : node.enum;
      return pinned?.length === 1 ? String(pinned[0]) : undefined;
    });
    if (values.every((value) => value !== undefined) && new Set(values).size === values.length) {
      return { name, values: values as string[] };
    }
  }
  return undefined;
}

function record(into: Record<string, PropertyFact>, path: string, fact: PropertyFact): void {
  const existing = into[path];
  if (!existing) {
    into[path] = fact;
    return;
  }
  existing.type = [...new Set([...existing.type, ...fact.type])].sort();
  existing.required &&= fact.required;
  if (fact.deviations?.length) existing.deviations = [...(existing.deviations ?? []), ...fact.deviations];
}

function collectChildren(
  doc: SpecNode,
  expanded: Expanded,
  path: string,
  into: Record<string, PropertyFact>,
  stack: string[],
): void {
  const split = discriminator(expanded.objects);
  expanded.objects.forEach((object, index) => {
    const prefix = split ? `${path}<${split.name}=${split.values[index]}>` : path;
    for (const [name, located] of object.properties) {
      for (const one of located) {
        collect(doc, one, prefix ? `${prefix}.${name}` : name, object.required.has(name), into, stack);
      }
    }
  });
  for (const items of expanded.items) collect(doc, items, `${path}[]`, false, into, stack, true);
  for (const values of expanded.values) collect(doc, values, `${path}{}`, false, into, stack, true);
}

function collect(
  doc: SpecNode,
  located: Located,
  path: string,
  required: boolean,
  into: Record<string, PropertyFact>,
  stack: string[],
  container = false,
): void {
  const expanded = expand(doc, located, stack);
  const fact: PropertyFact = { type: [...expanded.types].sort(), required: container || required };
  if (expanded.format) fact.format = expanded.format;
  if (expanded.deviations.length) fact.deviations = expanded.deviations;
  record(into, path, fact);
  const name = schemaNameOf(located.node);
  if (name && stack.includes(name)) return;
  collectChildren(doc, expanded, path, into, name ? [...stack, name] : stack);
}

function schemaNameOf(node: SpecNode): string | undefined {
  return typeof node.$ref === "string" ? node.$ref.slice(COMPONENT.length) : undefined;
}
