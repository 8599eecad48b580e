/** A JSON node of the OpenAPI document, walked rather than trusted. */
export type SpecNode = { [key: string]: any };

/** The OpenAPI document the server is built from. */
export interface SpecDocument extends SpecNode {
  paths: Record<string, SpecNode>;
  components: { schemas: Record<string, SpecNode> } & SpecNode;
}

/** One operation, as the generator reads it from the spec (schema fields are component names). */
export interface SpecOperationEntry {
  operationId: string;
  method: string;
  path: string;
  resource: string;
  name: string;
  needsAuth: boolean;
  confidentialOf?: string;
  request?: string;
  streamRequest?: string;
  response: string;
  chunk?: string;
}
