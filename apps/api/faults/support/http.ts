/**
 * HTTP from the fault suite: logging in through the API, and load loops that are bounded in
 * count and time and record every answer — or the lack of one.
 */

export type Answer =
  { status: number; body: string; retryAfter: string | null } | { error: string };

/** One request; a network failure (reset, refused) is returned, not thrown. */
export async function call(
  url: string,
  init: { method?: string; cookie?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  try {
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.cookie ? { cookie: init.cookie } : {}),
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      signal: AbortSignal.timeout(30_000),
    });
    return {
      status: response.status,
      body: await response.text(),
      retryAfter: response.headers.get('retry-after'),
    };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { error: cause?.code ?? cause?.message ?? String(error) };
  }
}

export function isAnswered(answer: Answer): answer is Extract<Answer, { status: number }> {
  return 'status' in answer;
}

/**
 * Logs in with e-mail and password through the API.
 * @returns the session cookies as a `cookie` header value
 */
export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) {
    throw new Error(`login of ${email} failed: ${response.status} ${await response.text()}`);
  }
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

export type LoadReport = {
  answers: Answer[];
  /** Answers by status (`error` for requests that got none). */
  byStatus: Record<string, number>;
};

export function summarize(answers: Answer[]): LoadReport {
  const byStatus: Record<string, number> = {};
  for (const answer of answers) {
    const key = isAnswered(answer) ? String(answer.status) : `error:${answer.error}`;
    byStatus[key] = (byStatus[key] ?? 0) + 1;
  }
  return { answers, byStatus };
}

/**
 * Runs `request` from `concurrency` loops until `shouldStop()` or `maxRequests` requests or
 * `maxMs` milliseconds, whichever comes first.
 */
export async function runLoad(options: {
  concurrency: number;
  request: (n: number) => Promise<Answer>;
  shouldStop?: () => boolean;
  maxRequests?: number;
  maxMs?: number;
}): Promise<LoadReport> {
  const { concurrency, request } = options;
  const maxRequests = options.maxRequests ?? 100_000;
  const deadline = Date.now() + (options.maxMs ?? 60_000);
  const answers: Answer[] = [];
  let started = 0;
  async function loop() {
    while (started < maxRequests && Date.now() < deadline && !options.shouldStop?.()) {
      started += 1;
      answers.push(await request(started));
    }
  }
  await Promise.all(Array.from({ length: concurrency }, loop));
  return summarize(answers);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until `check()` is true, polling. @throws after `timeoutMs` */
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 30_000,
  everyMs = 100,
): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (await check()) {
      return Date.now() - start;
    }
    if (Date.now() - start > timeoutMs) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await sleep(everyMs);
  }
}
