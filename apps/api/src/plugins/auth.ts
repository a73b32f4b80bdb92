/**
 * Authentication for every request:
 * - a short-lived access JWT (@fastify/jwt; HS256 only, `exp` required) in an httpOnly,
 *   SameSite=Lax cookie, checked against its session so that logout and password changes take
 *   effect at once: the session row is cached per process and forgotten as soon as it changes, in
 *   this process or another (the database's change feed; nothing is cached while it is down);
 * - a rotating refresh token in a second cookie, scoped to `/api/auth`;
 * - CSRF: a cookie-authenticated state-changing request whose `Origin` or `Sec-Fetch-Site` shows
 *   another site is refused; scripts that send neither header pass;
 * - `request.actor` (the logged-in user or null) and route guards (`requireUser`, `requireRole`);
 * - `Cache-Control: no-store` on every API answer that depends on the session.
 */
import fastifyCookie from '@fastify/cookie';
import fastifyJwt from '@fastify/jwt';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  onRequestAsyncHookHandler,
} from 'fastify';
import fp from 'fastify-plugin';
import type { Role } from '@kyoso/contracts/roles';
import { pickLanguage, type Language } from '@kyoso/i18n/languages';
import { AUTH_POLICY } from '../modules/auth/auth.service';
import { findSessionUser, isSessionUsable } from '../modules/auth/auth.repository';
import type { Actor } from '../modules/users/actor';
import { AppError } from '../modules/shared/errors';

export const ACCESS_COOKIE = 'kyoso_access';
export const REFRESH_COOKIE = 'kyoso_refresh';
const REFRESH_COOKIE_PATH = '/api/auth';

export type { Actor };

type AccessTokenPayload = { sub: string; sid: string };

declare module '@fastify/jwt' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation merges interfaces
  interface FastifyJWT {
    payload: AccessTokenPayload;
    user: AccessTokenPayload;
  }
}

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation merges interfaces
  interface FastifyRequest {
    actor: Actor | null;
    language: Language;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation merges interfaces
  interface FastifyInstance {
    /** Guard: 401 unless someone is logged in. */
    requireUser: onRequestAsyncHookHandler;
    /** Guard: 401 unless logged in, 403 unless the user has one of `roles`. */
    requireRole: (...roles: Role[]) => onRequestAsyncHookHandler;
    /** Sets the access and refresh cookies of a session. */
    setSessionCookies: (
      reply: FastifyReply,
      session: { sessionId: string; userId: string; refreshToken: string },
    ) => Promise<void>;
    clearSessionCookies: (reply: FastifyReply) => void;
  }
}

/** Builds the actor of a session from the user and their affiliation. */
export function toActor(
  found: {
    user: {
      id: string;
      email: string;
      name: string;
      role: Actor['role'];
      language: Actor['language'];
      organizationId: string | null;
      departmentId: string | null;
      emailVerifiedAt: Date | string | null;
      digestOptOut?: boolean;
    };
    organization: Actor['organization'];
    department: { id: string; code: string; nameJa: string; nameEn: string } | null;
  },
  sessionId: string,
): Actor {
  const { user, organization, department } = found;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    language: user.language,
    organizationId: user.organizationId,
    departmentId: user.departmentId,
    emailVerified: user.emailVerifiedAt !== null,
    digestOptOut: user.digestOptOut ?? false,
    sessionId,
    organization: organization
      ? {
          id: organization.id,
          name: organization.name,
          kind: organization.kind,
          corporateNumber: organization.corporateNumber,
        }
      : null,
    department: department
      ? {
          id: department.id,
          code: department.code,
          nameJa: department.nameJa,
          nameEn: department.nameEn,
        }
      : null,
  };
}

/** The logged-in user of a request that passed `requireUser`. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) {
    throw new AppError('auth.unauthenticated');
  }
  return request.actor;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export default fp(
  async (app: FastifyInstance) => {
    const { config } = app.ctx;
    const secure = config.isProduction;
    const allowedOrigins = new Set([new URL(config.publicUrl).origin]);

    await app.register(fastifyCookie);
    await app.register(fastifyJwt, {
      secret: config.jwtSecret,
      cookie: { cookieName: ACCESS_COOKIE, signed: false },
      // One algorithm, named on both sides: a token with another `alg` (HS512, RS256 with the
      // secret as a "public key", `none`) or without an expiry is refused, whoever signed it.
      sign: { algorithm: 'HS256', expiresIn: AUTH_POLICY.accessTokenSeconds },
      verify: { algorithms: ['HS256'], requiredClaims: ['exp'] },
    });

    app.decorateRequest('actor', null);
    app.decorateRequest('language', 'ja');

    // A callback hook: an anonymous request (most public pages) goes through without a promise.
    app.addHook('onRequest', (request, _reply, done) => {
      request.language = pickLanguage(request.headers['accept-language']);
      if (!request.url.startsWith('/api/')) {
        done();
        return;
      }

      const hasSessionCookie =
        request.cookies[ACCESS_COOKIE] !== undefined ||
        request.cookies[REFRESH_COOKIE] !== undefined;
      if (hasSessionCookie && !SAFE_METHODS.has(request.method)) {
        const site = request.headers['sec-fetch-site'];
        const origin = request.headers.origin;
        const sameHost =
          origin !== undefined &&
          request.headers.host !== undefined &&
          (origin === `http://${request.headers.host}` ||
            origin === `https://${request.headers.host}`);
        if (
          (typeof site === 'string' && site !== 'same-origin' && site !== 'none') ||
          (origin !== undefined && !allowedOrigins.has(origin) && !sameHost)
        ) {
          done(new AppError('auth.cross_site_request'));
          return;
        }
      }

      const token = request.cookies[ACCESS_COOKIE];
      if (!token) {
        done();
        return;
      }
      let payload: AccessTokenPayload;
      try {
        // The token from the cookie only, checked by the one verifier built at start (HS256,
        // `exp` required): `request.jwtVerify(options)` would build a verifier per request.
        payload = app.jwt.verify<AccessTokenPayload>(token);
      } catch {
        done(); // expired or forged: anonymous; the web app refreshes and retries
        return;
      }
      // The session row is read once and then kept until it, its user, their organisation or
      // department changes, in this process or another (the change feed, `caches.ts`).
      app.ctx.caches.sessions
        .get(payload.sid, () => findSessionUser(app.ctx.db, payload.sid))
        .then((found) => {
          if (found && isSessionUsable(found, app.ctx.now()) && found.user.id === payload.sub) {
            request.actor = toActor(found, payload.sid);
          }
          done();
        }, done);
    });

    // An API answer that depends on the session (a session cookie came, a user was resolved, or
    // the answer sets the cookies) must not be kept by a browser or a proxy cache, where the next
    // person at a shared computer could read it. A stricter header set by a route stays.
    app.addHook('onSend', (request, reply, payload, done) => {
      if (!request.url.startsWith('/api/')) {
        done(null, payload);
        return;
      }
      const dependsOnSession =
        request.actor !== null ||
        // `cookies` is unset when the request failed before the cookie parser ran.
        request.cookies?.[ACCESS_COOKIE] !== undefined ||
        request.cookies?.[REFRESH_COOKIE] !== undefined ||
        reply.hasHeader('set-cookie');
      const current = reply.getHeader('cache-control');
      if (dependsOnSession && !String(current ?? '').includes('no-store')) {
        void reply.header('cache-control', 'no-store');
      }
      done(null, payload);
    });

    const requireUser: onRequestAsyncHookHandler = async (request) => {
      if (!request.actor) {
        throw new AppError('auth.unauthenticated');
      }
    };
    app.decorate('requireUser', requireUser);
    app.decorate(
      'requireRole',
      (...roles: Role[]): onRequestAsyncHookHandler =>
        async (request) => {
          if (!request.actor) {
            throw new AppError('auth.unauthenticated');
          }
          if (!roles.includes(request.actor.role)) {
            throw new AppError('auth.forbidden');
          }
        },
    );

    app.decorate(
      'setSessionCookies',
      async (
        reply: FastifyReply,
        session: { sessionId: string; userId: string; refreshToken: string },
      ) => {
        const accessToken = await reply.jwtSign({ sub: session.userId, sid: session.sessionId });
        reply.setCookie(ACCESS_COOKIE, accessToken, {
          httpOnly: true,
          sameSite: 'lax',
          secure,
          path: '/',
          maxAge: AUTH_POLICY.accessTokenSeconds,
        });
        reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
          httpOnly: true,
          sameSite: 'lax',
          secure,
          path: REFRESH_COOKIE_PATH,
          maxAge: AUTH_POLICY.refreshTokenDays * 86_400,
        });
      },
    );
    app.decorate('clearSessionCookies', (reply: FastifyReply) => {
      reply.clearCookie(ACCESS_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
      reply.clearCookie(REFRESH_COOKIE, {
        path: REFRESH_COOKIE_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure,
      });
    });
  },
  { name: 'auth', dependencies: ['context'] },
);
