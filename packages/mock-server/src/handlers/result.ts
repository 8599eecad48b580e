/** What a plain operation answers, before signing, faults and (for confidential calls) encryption. */
export type HandlerResult = JsonResult | StreamResult;

/** One JSON body; `signed` when it ends with Atoma's signature fields. */
export interface JsonResult {
  kind: "json";
  body: object;
  signed: boolean;
}

/** The events of a stream, each signed when `signed`. */
export interface StreamResult {
  kind: "stream";
  chunks: object[];
  signed: boolean;
}

/** What every handler may read besides the request body. */
export interface HandlerContext {
  /** The `created` timestamp of responses (Unix seconds); fixed, so responses are deterministic. */
  created: number;
  /** The models the server serves. */
  models: readonly string[];
}

/** A plain operation's behaviour: a pure function of its validated body. */
export type OperationHandler = (body: any, context: HandlerContext) => HandlerResult;
