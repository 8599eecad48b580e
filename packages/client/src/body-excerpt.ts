/** The most characters of a body an error message quotes. */
const EXCERPT_LENGTH = 200;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

/**
 * A short plain-text excerpt of a body, for an error message: an HTML page (a load balancer's 502)
 * loses its scripts, styles and tags, whitespace is collapsed, and the text is cut at 200 characters.
 *
 * @example bodyExcerpt("<html><head><title>502 Bad Gateway</title></head>…") // "502 Bad Gateway …"
 */
export function bodyExcerpt(body: string): string {
  let text = body;
  if (/^\s*</.test(text)) {
    text = text
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
      .replace(/<[^>]*>/g, " ")
      .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, entity: string) => ENTITIES[entity]!);
  }
  text = text.replace(/\s+/g, " ").trim();
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
}
