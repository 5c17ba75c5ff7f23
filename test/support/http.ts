/** What a test needs of an HTTP answer: the status and the parsed JSON body. */
export interface Answer<T = unknown> {
  readonly status: number;
  readonly body: T;
}

export interface Call {
  readonly method?: 'GET' | 'POST' | 'PUT';
  readonly token?: string;
  readonly body?: unknown;
}

/** A plain `fetch` call with JSON in and out: the story talks to the services as any client would. */
export async function http<T = unknown>(
  url: string,
  { method = 'GET', token, body }: Call = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
}

/** Like `http`, but anything other than the expected status fails the test with the answer shown. */
export async function expectStatus<T>(status: number, url: string, call: Call = {}): Promise<T> {
  const answer = await http<T>(url, call);
  if (answer.status !== status)
    throw new Error(
      `${call.method ?? 'GET'} ${url} answered ${answer.status}, not ${status}: ${JSON.stringify(answer.body)}`,
    );
  return answer.body;
}
