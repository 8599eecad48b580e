import type { ErrorResponse } from "@atoma-ts/types";

/** An error in Atoma's JSON shape, as text, or with no body. */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  {
    body = "json",
    headers = {},
  }: { body?: "json" | "text" | "empty"; headers?: Record<string, string> } = {},
): Response {
  if (body === "empty") return new Response(null, { status, headers });
  if (body === "text")
    return new Response(message, {
      status,
      headers: { ...headers, "content-type": "text/plain; charset=utf-8" },
    });
  const json: ErrorResponse = { error: { code, message } };
  return Response.json(json, { status, headers });
}
