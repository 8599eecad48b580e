/** A JSON node of the OpenAPI document, walked rather than trusted. */
export type SpecNode = { [key: string]: any };

/** The OpenAPI document the server is built from. */
export interface SpecDocument extends SpecNode {
  paths: Record<string, SpecNode>;
  components: { schemas: Record<string, SpecNode> } & SpecNode;
}
