import type { ChatCompletionTokenLogprob, CompletionLogprobs } from "@atoma-ts/types";

const encoder = new TextEncoder();

/**
 * Made-up but stable log probabilities, by position: a certain token (`-0.0`, as vLLM reports it), a
 * near-certain one (`-1e-7`) and whole numbers among them, so the f64s serde_json writes (`-0.0`,
 * `-2.0`, `-1e-7`) are bytes JSON.stringify would not write.
 */
const LOGPROBS = [-0, -0.25, -1e-7, -2, -0.03125, -1.5, -3e-6];
const logprobAt = (position: number) => LOGPROBS[position % LOGPROBS.length]!;

/** Chat-style log probabilities of tokens, with `top` alternatives each. */
export function chatLogprobs(tokens: string[], top: number, offset = 0): ChatCompletionTokenLogprob[] {
  return tokens.map((token, index) => {
    const logprob = logprobAt(offset + index);
    return {
      token,
      logprob,
      bytes: [...encoder.encode(token)],
      top_logprobs: Array.from({ length: top }, (_, rank) => ({
        token: rank === 0 ? token : `${token.trim()}~${rank}`,
        logprob: logprob - rank,
        bytes: [...encoder.encode(rank === 0 ? token : `${token.trim()}~${rank}`)],
      })),
    };
  });
}

/**
 * Legacy completions-style log probabilities of the tokens from the `offset`th on, whose text starts at
 * character `textStart` of the choice's text (`text_offset` counts code points from the start of the
 * whole text, prompt included when echoed, as vLLM counts them, also across the chunks of a stream).
 */
export function completionLogprobs(
  tokens: string[],
  top: number,
  offset = 0,
  textStart = 0,
): CompletionLogprobs {
  let position = textStart;
  return {
    tokens,
    token_logprobs: tokens.map((_, index) => logprobAt(offset + index)),
    top_logprobs: tokens.map((token, index) =>
      Object.fromEntries(
        Array.from({ length: top }, (_, rank) => [
          rank === 0 ? token : `${token.trim()}~${rank}`,
          logprobAt(offset + index) - rank,
        ]),
      ),
    ),
    text_offset: tokens.map((token) => {
      const at = position;
      position += [...token].length;
      return at;
    }),
  };
}
