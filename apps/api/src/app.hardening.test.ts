/**
 * Hostile input over the whole API, on PGlite and PostgreSQL alike (`TEST_DATABASE_URL`): text the
 * database cannot store, malformed multipart bodies, and Fastify's own errors. Each answer is a
 * 4xx in the app's error shape, never a 500.
 */
import { connect } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../test/build-app';
import { createScenario, requestAs, type Scenario, type ScenarioRole } from '../test/scenario';

const t = useTestApp();

let scenario: Scenario;
beforeAll(async () => {
  scenario = await createScenario(t(), { status: 'dialogue' });
});

const NUL = 'a\u0000b';
const LONE_HIGH = '\ud800x';
const LONE_LOW = 'x\udc00';

type Case = {
  name: string;
  role: ScenarioRole;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  url: () => string;
  payload?: () => unknown;
  code: string;
  path: string;
};

const cases: Case[] = [
  {
    name: 'theme search, anonymous, NUL in the query',
    role: 'anonymous',
    method: 'GET',
    url: () => '/api/themes?q=%00',
    code: 'request.invalid_query',
    path: 'q',
  },
  {
    name: 'theme search, anonymous, NUL inside a word',
    role: 'anonymous',
    method: 'GET',
    url: () => `/api/themes?q=${encodeURIComponent('見守り\u0000')}`,
    code: 'request.invalid_query',
    path: 'q',
  },
  {
    name: 'registration, anonymous, lone surrogate in the name',
    role: 'anonymous',
    method: 'POST',
    url: () => '/api/auth/register',
    payload: () => ({
      email: 'surrogate@example.test',
      password: 'Sora-no-Mori-2026',
      name: LONE_HIGH,
      language: 'ja',
      organization: { name: '株式会社テスト', kind: 'startup' },
    }),
    code: 'request.invalid_body',
    path: 'name',
  },
  {
    name: 'registration, anonymous, NUL in the organisation name',
    role: 'anonymous',
    method: 'POST',
    url: () => '/api/auth/register',
    payload: () => ({
      email: 'nul-org@example.test',
      password: 'Sora-no-Mori-2026',
      name: '共創 太郎',
      language: 'ja',
      organization: { name: NUL, kind: 'startup' },
    }),
    code: 'request.invalid_body',
    path: 'organization.name',
  },
  {
    name: 'inbox search, NUL',
    role: 'coordinator',
    method: 'GET',
    url: () => '/api/proposals?scope=inbox&q=%00',
    code: 'request.invalid_query',
    path: 'q',
  },
  {
    name: 'CSV export, NUL',
    role: 'coordinator',
    method: 'GET',
    url: () => '/api/proposals/export.csv?q=a%00b',
    code: 'request.invalid_query',
    path: 'q',
  },
  {
    name: 'admin user search, NUL',
    role: 'admin',
    method: 'GET',
    url: () => '/api/admin/users?q=%00',
    code: 'request.invalid_query',
    path: 'q',
  },
  {
    name: 'admin creates a staff account, lone surrogate in the name',
    role: 'admin',
    method: 'POST',
    url: () => '/api/admin/users',
    payload: () => ({
      email: 'surrogate-staff@example.test',
      name: LONE_HIGH,
      role: 'coordinator',
      language: 'ja',
    }),
    code: 'request.invalid_body',
    path: 'name',
  },
  {
    name: 'admin renames a staff account (audit JSON), lone surrogate',
    role: 'admin',
    method: 'PATCH',
    url: () => `/api/admin/users/${scenario.users.lead.id}`,
    payload: () => ({ name: LONE_HIGH }),
    code: 'request.invalid_body',
    path: 'name',
  },
  {
    name: 'admin renames a staff account (audit JSON), NUL',
    role: 'admin',
    method: 'PATCH',
    url: () => `/api/admin/users/${scenario.users.lead.id}`,
    payload: () => ({ name: NUL }),
    code: 'request.invalid_body',
    path: 'name',
  },
  {
    name: 'new draft, NUL in the title',
    role: 'proposer',
    method: 'POST',
    url: () => '/api/proposals',
    payload: () => ({ kind: 'free', title: NUL }),
    code: 'request.invalid_body',
    path: 'title',
  },
  {
    name: 'new draft, lone low surrogate in a KPI (nested path)',
    role: 'proposer',
    method: 'POST',
    url: () => '/api/proposals',
    payload: () => ({ kind: 'free', kpis: [{ name: LONE_LOW, target: '10' }] }),
    code: 'request.invalid_body',
    path: 'kpis.0.name',
  },
  {
    name: 'internal note, NUL',
    role: 'lead',
    method: 'POST',
    url: () => `/api/proposals/${scenario.proposal.id}/notes`,
    payload: () => ({ body: NUL }),
    code: 'request.invalid_body',
    path: 'body',
  },
  {
    name: 'message as JSON, lone surrogate',
    role: 'proposer',
    method: 'POST',
    url: () => `/api/proposals/${scenario.proposal.id}/messages`,
    payload: () => ({ body: LONE_HIGH }),
    code: 'request.invalid_body',
    path: 'body',
  },
  {
    name: 'my profile, NUL in the name',
    role: 'proposer',
    method: 'PATCH',
    url: () => '/api/auth/me',
    payload: () => ({ name: NUL }),
    code: 'request.invalid_body',
    path: 'name',
  },
  {
    name: 'an unknown field is checked too (no route can forget a string)',
    role: 'proposer',
    method: 'PATCH',
    url: () => '/api/auth/me',
    payload: () => ({ name: '共創 花子', [`k${'\u0000'}`]: 'x' }),
    code: 'request.invalid_body',
    path: 'k\u0000',
  },
];

describe('text the database cannot store (NUL, lone surrogates) is refused at validation', () => {
  it.each(cases)('$name → 400 $code at $path', async (c) => {
    const as = requestAs(t(), scenario);
    const res = await as(c.role, c.method, c.url(), c.payload?.());
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe(c.code);
    expect(error.details).toContainEqual(
      expect.objectContaining({ path: c.path, code: 'common.unstorable_text' }),
    );
  });

  it('says what is wrong in the caller’s language', async () => {
    const en = await t().app.inject({
      method: 'GET',
      url: '/api/themes?q=%00',
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().error.details[0].message).toMatch(/character/i);
    const ja = await t().app.inject({ method: 'GET', url: '/api/themes?q=%00' });
    expect(ja.json().error.details[0].message).toContain('文字');
  });

  it('checks the headers the API reads (a NUL in the User-Agent of a login)', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'user-agent': `evil${'\u0000'}agent` },
      payload: { email: scenario.users.proposer.email, password: 'whatever-password' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'request.invalid_headers' });
    expect(res.json().error.details[0].path).toBe('user-agent');
  });

  it('still accepts ordinary Japanese text, emoji (surrogate pairs) and line breaks', async () => {
    const as = requestAs(t(), scenario);
    const res = await as('lead', 'POST', `/api/proposals/${scenario.proposal.id}/notes`, {
      body: '見守りの件、次回👍\n\t確認します。',
    });
    expect(res.statusCode, res.body).toBe(201);
    const search = await as('anonymous', 'GET', `/api/themes?q=${encodeURIComponent('見守り👍')}`);
    expect(search.statusCode).toBe(200);
  });
});

describe('malformed multipart bodies answer 400 with a code, never 500', () => {
  const boundary = '----kyosoBoundary7MA4YWxk';
  const part = (headers: string, body: string) => `--${boundary}\r\n${headers}\r\n\r\n${body}\r\n`;
  const filePart = part(
    'Content-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf',
    '%PDF-1.4 hello',
  );
  const bodies: Array<[string, string, string]> = [
    [
      'truncated (no closing boundary)',
      `multipart/form-data; boundary=${boundary}`,
      filePart.slice(0, -10),
    ],
    [
      'JSON sent as multipart',
      `multipart/form-data; boundary=${boundary}`,
      '{"body":"こんにちは"}',
    ],
    ['no boundary parameter', 'multipart/form-data', filePart],
    [
      'a part without headers',
      `multipart/form-data; boundary=${boundary}`,
      `--${boundary}\r\n\r\n\r\n--${boundary}--\r\n`,
    ],
    [
      'a broken part header',
      `multipart/form-data; boundary=${boundary}`,
      `--${boundary}\r\nContent-Disposition form-data name\r\n\r\nx\r\n--${boundary}--\r\n`,
    ],
    ['empty body', `multipart/form-data; boundary=${boundary}`, ''],
  ];
  const targets = [
    ['attachments', () => `/api/proposals/${scenario.proposal.id}/attachments`],
    ['messages', () => `/api/proposals/${scenario.proposal.id}/messages`],
  ] as const;

  for (const [target, url] of targets) {
    it.each(bodies)(`${target}: %s → 4xx with a code`, async (_name, contentType, payload) => {
      const res = await t().app.inject({
        method: 'POST',
        url: url(),
        headers: { cookie: scenario.cookies.proposer!, 'content-type': contentType },
        payload,
      });
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, res.body).toBeLessThan(500);
      expect(res.json().error.code).toMatch(/^(request|attachments|messages)\./);
    });
  }

  it('a truncated upload is answered with request.invalid_multipart, in both languages', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: `/api/proposals/${scenario.proposal.id}/attachments`,
      headers: {
        cookie: scenario.cookies.proposer!,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'accept-language': 'en',
      },
      payload: filePart.slice(0, -10),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'request.invalid_multipart' });
    expect(res.json().error.message).toMatch(/again/);
  });

  it('checks the text fields of a multipart message like a JSON one (NUL → 400 at body)', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: `/api/proposals/${scenario.proposal.id}/messages`,
      headers: {
        cookie: scenario.cookies.proposer!,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: `${part('Content-Disposition: form-data; name="body"', 'a\u0000b')}--${boundary}--\r\n`,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({
      path: 'body',
      code: 'common.unstorable_text',
    });
  });
});

describe('every answer, Fastify’s own errors included, has the security headers and the error shape', () => {
  const MARKER = 'ECHO-MARKER-<script>';
  const encodedMarker = encodeURIComponent(MARKER);

  function expectHardened(
    res: { headers: Record<string, unknown>; body: string; statusCode: number },
    status: number,
    code: string,
  ) {
    expect(res.statusCode, res.body).toBe(status);
    // A JSON answer: the API's set, a content policy that allows nothing.
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
    const body = JSON.parse(res.body) as { error: { code: string; message: string } };
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(5);
    expect(res.body).not.toContain('ECHO-MARKER');
    expect(res.body).not.toContain(encodedMarker);
    expect(res.body).not.toContain('FST_');
  }

  it('414: a path parameter over the limit', async () => {
    const res = await t().app.inject({
      method: 'GET',
      url: `/api/proposals/${encodedMarker}${'a'.repeat(300)}`,
    });
    expectHardened(res, 414, 'request.uri_too_long');
  });

  it('400: a malformed percent-encoding the router cannot decode', async () => {
    const res = await t().app.inject({
      method: 'GET',
      url: `/api/themes/${encodedMarker}%zz`,
    });
    expectHardened(res, 400, 'request.malformed');
  });

  it('404: an unknown API route', async () => {
    const res = await t().app.inject({ method: 'GET', url: `/api/${encodedMarker}` });
    expectHardened(res, 404, 'request.not_found');
  });

  it('413: a body over the limit', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: MARKER, password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expectHardened(res, 413, 'request.body_too_large');
  });

  it('415: a content type no route accepts', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': `text/${encodedMarker}` },
      payload: MARKER,
    });
    expectHardened(res, 415, 'request.unsupported_media_type');
  });

  it('400: malformed JSON', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: `{"email": "${MARKER}`,
    });
    expectHardened(res, 400, 'request.malformed');
  });

  it('answers in English when asked, for Fastify’s own errors too', async () => {
    const res = await t().app.inject({
      method: 'GET',
      url: `/api/proposals/${'a'.repeat(300)}`,
      headers: { 'accept-language': 'en' },
    });
    expect(res.json().error.message).toMatch(/address/i);
  });

  describe('errors Node’s HTTP parser raises before Fastify sees a request', () => {
    async function raw(request: string | Buffer): Promise<string> {
      const server = t().app.server;
      const address = server.address();
      if (!address || typeof address === 'string') {
        throw new Error('not listening');
      }
      return new Promise((resolve, reject) => {
        const socket = connect(address.port, '127.0.0.1');
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
        socket.on('close', () => resolve(answer));
        socket.on('error', reject);
        socket.end(request);
      });
    }

    beforeAll(async () => {
      await t().app.listen({ port: 0, host: '127.0.0.1' });
    });

    function parse(answer: string) {
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => {
          const at = line.indexOf(':');
          return [line.slice(0, at).toLowerCase(), line.slice(at + 1).trim()];
        }),
      );
      return { statusCode: Number(statusLine.split(' ')[1]), headers, body };
    }

    it('400: a request line that is not HTTP', async () => {
      const res = parse(await raw(`GET /${MARKER} HTTP/1.1 garbage\r\n\r\n`));
      expectHardened(res, 400, 'request.malformed');
    });

    it('431: headers over the size limit (a very long URL lands here)', async () => {
      const res = parse(
        await raw(
          `GET /api/themes?q=${'a'.repeat(20_000)}${encodedMarker} HTTP/1.1\r\nHost: x\r\n\r\n`,
        ),
      );
      expectHardened(res, 431, 'request.headers_too_large');
    });
  });
});
