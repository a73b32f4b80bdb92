/**
 * The security headers of every answer, computed once from helmet's rules and applied by one
 * `onRequest` hook — and, through `securityHeaders()`, by the answers Fastify and Node write
 * outside the request pipeline (`frameworkErrors`, `clientErrorHandler` in `plugins/errors.ts`),
 * so that a 414 or a 400 from the router carries them too.
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

export default fp(
  async (app: FastifyInstance, options: { headers: Record<string, string> }) => {
    // A callback hook, not an async one: it runs on every request and needs no promise.
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(options.headers);
      done();
    });
  },
  { name: 'security-headers' },
);
