/**
 * The security headers of every answer, computed once and applied by one `onRequest` hook:
 * - pages and files (the web app, `/api/docs`): helmet's set, with kyoso's content policy;
 * - the API's JSON answers: the set OWASP's REST Security Cheat Sheet gives for APIs — a
 *   content policy that allows nothing (`default-src 'none'`; a JSON answer loads nothing and
 *   is never framed), `DENY` framing, no sniffing, no referrer, same-origin resources, HSTS in
 *   production. helmet's headers that only a document reads (DNS prefetch, IE's download
 *   prompt, the XSS auditor, the origin-keyed agent cluster, the opener policy) are left out.
 * The answers Fastify and Node write outside the request pipeline (`frameworkErrors`,
 * `clientErrorHandler` in `plugins/errors.ts`) are JSON errors and carry the API set too, so
 * that a 414 or a 400 from the router has them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import type { Config } from '../config';

/** helmet's options for kyoso: a strict CSP (no inline script), HSTS in production only. */
export function helmetOptions(config: Pick<Config, 'isProduction'>): HelmetOptions {
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.isProduction ? [] : null,
      },
    },
    hsts: config.isProduction,
  };
}

/**
 * The headers helmet would set, as a plain object. They depend on the configuration only (no
 * nonce), so they are computed once by running helmet against a response that records them.
 */
export function securityHeaders(config: Pick<Config, 'isProduction'>): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
      return recorder;
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  helmet(helmetOptions(config))(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    (error?: unknown) => {
      failure = error;
    },
  );
  if (failure) {
    throw failure instanceof Error ? failure : new Error('helmet refused its options');
  }
  return headers;
}

/** The headers of the API's JSON answers (see above), derived from the page set. */
export function apiSecurityHeaders(config: Pick<Config, 'isProduction'>): Record<string, string> {
  const page = securityHeaders(config);
  const headers: Record<string, string> = {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'x-permitted-cross-domain-policies': 'none',
  };
  const hsts = page['strict-transport-security'];
  if (hsts) {
    headers['strict-transport-security'] = hsts;
  }
  return headers;
}

/** Whether a URL is answered by the API as JSON (its browsable documentation is a page). */
export function isApiAnswer(url: string): boolean {
  return url.startsWith('/api/') && !url.startsWith('/api/docs');
}

export type SecurityHeaderSets = { page: Record<string, string>; api: Record<string, string> };

export default fp(
  async (app: FastifyInstance, options: { headers: SecurityHeaderSets }) => {
    const { page, api } = options.headers;
    // A callback hook, not an async one: it runs on every request and needs no promise.
    app.addHook('onRequest', (request, reply, done) => {
      reply.headers(isApiAnswer(request.url) ? api : page);
      done();
    });
  },
  { name: 'security-headers' },
);
