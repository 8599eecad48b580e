// An injected fetch answering scripted responses in-process, recording what it was called with.

/** One scripted answer: a Response, a function making one, or an error to throw (a network failure). */
export type MockAnswer = Response | Error | ((request: Request) => Response | Promise<Response>);

export interface MockFetch {
  fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  /** Every request, as the `Request` the call would have made. */
  requests: Request[];
  /** The bodies of `requests`, read as text. */
  bodies: string[];
}

/**
 * A fetch that answers from `answers` in order, then repeats the last. It honours the signal like the
 * real one: an aborted signal rejects with its reason.
 */
export function createMockFetch(...answers: MockAnswer[]): MockFetch {
  const requests: Request[] = [];
  const bodies: string[] = [];
  let next = 0;
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    bodies.push(await request.clone().text());
    request.signal.throwIfAborted();
    const answer = answers[Math.min(next++, answers.length - 1)];
    if (answer instanceof Error) throw answer;
    if (answer instanceof Response) return answer.clone();
    if (!answer) return json({});
    return answer(request);
  };
  return { fetch, requests, bodies };
}

/** A JSON response. */
export const json = (body: unknown, init: ResponseInit = {}): Response =>
  new Response(JSON.stringify(body), {
    ...init,
    headers: { "content-type": "application/json", ...(init.headers as Record<string, string>) },
  });
