import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptInvitationBodySchema,
  changePasswordBodySchema,
  invitationPreviewResponseSchema,
  loginBodySchema,
  passwordResetConfirmBodySchema,
  passwordResetRequestBodySchema,
  registerBodySchema,
  sessionResponseSchema,
  tokenBodySchema,
  updateProfileBodySchema,
  userResponseSchema,
} from '@kyoso/contracts/auth';
import { okResponseSchema } from '@kyoso/contracts/common';
import { errorBodySchema } from '@kyoso/contracts/errors';
import { actorOf, REFRESH_COOKIE } from '../../plugins/auth';
import { AppError } from '../shared/errors';
import { previewInvitation } from '../organizations/organizations.service';
import { updateProfile } from '../users/users.service';
import { presentActor, presentSessionUser } from '../users/users.presenter';
import {
  changePassword,
  confirmPasswordReset,
  issueSession,
  login,
  logout,
  refreshSession,
  registerProposer,
  requestPasswordReset,
  resendVerification,
  verifyEmail,
  acceptInvitation,
} from './auth.service';
import { getSessionUser } from './auth.repository';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  409: errorBodySchema,
  429: errorBodySchema,
};

export type AuthRoutesOptions = {
  /** Requests per address per window on the endpoints that send e-mail or create accounts. */
  rateLimit: { max: number; timeWindow: number };
  /**
   * Password attempts (login, change of password) per address *and account* per window: a whole
   * office behind one address is not locked out by one person's attempts.
   */
  loginRateLimit: { max: number; timeWindow: number };
};

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, options) => {
  const limited = { rateLimit: options.rateLimit };
  // Counted once the body is validated, so the key can name the account.
  const perAccount = (account: (request: FastifyRequest) => string) => ({
    rateLimit: {
      ...options.loginRateLimit,
      hook: 'preHandler' as const,
      keyGenerator: (request: FastifyRequest) => `${request.ip}|${account(request)}`,
    },
  });
  const tags = ['auth'];

  app.post(
    '/register',
    {
      config: limited,
      schema: {
        tags,
        summary:
          'Register a proposer and their organisation (202 whether or not the address is taken: its owner is e-mailed instead)',
        body: registerBodySchema,
        response: { 202: okResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      await registerProposer({
        ctx: app.ctx,
        input: request.body,
        language: request.language,
        ip: request.ip,
      });
      return reply.status(202).send({ ok: true as const });
    },
  );

  app.post(
    '/verify-email',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Verify an e-mail address with the link’s token',
        body: tokenBodySchema,
        response: { 200: okResponseSchema, ...errors },
      },
    },
    async (request) => {
      await verifyEmail({ ctx: app.ctx, token: request.body.token });
      return { ok: true as const };
    },
  );

  app.post(
    '/resend-verification',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Send the verification link again',
        body: passwordResetRequestBodySchema,
        response: { 200: okResponseSchema, ...errors },
      },
    },
    async (request) => {
      await resendVerification({ ctx: app.ctx, email: request.body.email });
      return { ok: true as const };
    },
  );

  app.post(
    '/login',
    {
      config: perAccount((request) => (request.body as { email: string }).email),
      schema: {
        tags,
        summary: 'Log in (sets the session cookies)',
        body: loginBodySchema,
        response: { 200: userResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = await login({
        ctx: app.ctx,
        email: request.body.email,
        password: request.body.password,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      await app.setSessionCookies(reply, { ...session, userId: session.user.id });
      return { user: await sessionUser(session.sessionId) };
    },
  );

  async function sessionUser(sessionId: string) {
    const found = await getSessionUser(app.ctx.db, sessionId, app.ctx.now());
    if (!found) {
      throw new AppError('auth.unauthenticated');
    }
    return presentSessionUser(
      { ...found.user, emailVerified: found.user.emailVerifiedAt !== null },
      found.organization,
      found.department,
    );
  }

  app.post(
    '/refresh',
    {
      schema: {
        tags,
        summary: 'Rotate the refresh token and renew the access token',
        response: { 200: userResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const token = request.cookies[REFRESH_COOKIE];
      if (!token) {
        throw new AppError('auth.unauthenticated');
      }
      try {
        const session = await refreshSession({ ctx: app.ctx, refreshToken: token });
        await app.setSessionCookies(reply, { ...session, userId: session.user.id });
        return { user: await sessionUser(session.sessionId) };
      } catch (error) {
        if (error instanceof AppError && error.code === 'auth.unauthenticated') {
          app.clearSessionCookies(reply);
        }
        throw error;
      }
    },
  );

  app.post(
    '/logout',
    {
      schema: {
        tags,
        summary: 'Log out (ends the session)',
        response: { 200: okResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      if (request.actor) {
        await logout({ ctx: app.ctx, sessionId: request.actor.sessionId });
      }
      app.clearSessionCookies(reply);
      return { ok: true as const };
    },
  );

  app.get(
    '/session',
    {
      schema: {
        tags,
        summary: 'Who is logged in (null for an anonymous visitor; renews an expired session)',
        response: { 200: sessionResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      if (request.actor) {
        return { user: presentActor(request.actor) };
      }
      // The access token expired (15 minutes) but the refresh cookie may still hold a session:
      // renew it here, so that the web app learns who is logged in with one request and an
      // anonymous visitor never meets a 401.
      const token = request.cookies[REFRESH_COOKIE];
      if (!token) {
        return { user: null };
      }
      try {
        const session = await refreshSession({ ctx: app.ctx, refreshToken: token });
        await app.setSessionCookies(reply, { ...session, userId: session.user.id });
        return { user: await sessionUser(session.sessionId) };
      } catch (error) {
        if (error instanceof AppError && error.code === 'auth.unauthenticated') {
          app.clearSessionCookies(reply);
          return { user: null };
        }
        throw error;
      }
    },
  );

  app.get(
    '/me',
    {
      onRequest: app.requireUser,
      schema: {
        tags,
        summary: 'The logged-in user',
        response: { 200: userResponseSchema, ...errors },
      },
    },
    async (request) => ({ user: presentActor(actorOf(request)) }),
  );

  app.patch(
    '/me',
    {
      onRequest: app.requireUser,
      schema: {
        tags,
        summary: 'Change my name, language or daily digests',
        body: updateProfileBodySchema,
        response: { 200: userResponseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await updateProfile({ ctx: app.ctx, actor, input: request.body });
      return { user: await sessionUser(actor.sessionId) };
    },
  );

  app.post(
    '/password',
    {
      onRequest: app.requireUser,
      config: perAccount((request) => request.actor?.id ?? ''),
      schema: {
        tags,
        summary: 'Change my password (ends other sessions)',
        body: changePasswordBodySchema,
        response: { 200: userResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const session = await changePassword({
        ctx: app.ctx,
        userId: actor.id,
        currentPassword: request.body.currentPassword,
        newPassword: request.body.newPassword,
        language: request.language,
        client: { ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
      });
      await app.setSessionCookies(reply, { ...session, userId: session.user.id });
      return { user: await sessionUser(session.sessionId) };
    },
  );

  app.post(
    '/password-reset/request',
    {
      config: limited,
      schema: {
        tags,
        summary: 'E-mail a password reset link',
        body: passwordResetRequestBodySchema,
        response: { 200: okResponseSchema, ...errors },
      },
    },
    async (request) => {
      await requestPasswordReset({ ctx: app.ctx, email: request.body.email, ip: request.ip });
      return { ok: true as const };
    },
  );

  app.post(
    '/password-reset/confirm',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Set a new password with the link’s token',
        body: passwordResetConfirmBodySchema,
        response: { 200: okResponseSchema, ...errors },
      },
    },
    async (request) => {
      await confirmPasswordReset({
        ctx: app.ctx,
        token: request.body.token,
        password: request.body.password,
        language: request.language,
      });
      return { ok: true as const };
    },
  );

  app.get(
    '/invitation',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Which organisation an invitation is for',
        querystring: z.object({ token: z.string().min(10).max(200) }),
        response: { 200: invitationPreviewResponseSchema, ...errors },
      },
    },
    async (request) => ({
      invitation: await previewInvitation({ ctx: app.ctx, token: request.query.token }),
    }),
  );

  app.post(
    '/accept-invitation',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Create an account in the inviting organisation',
        body: acceptInvitationBodySchema,
        response: { 201: userResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { user } = await acceptInvitation({
        ctx: app.ctx,
        input: request.body,
        language: request.language,
        ip: request.ip,
      });
      const session = await issueSession(app.ctx, user, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      await app.setSessionCookies(reply, { ...session, userId: user.id });
      return reply.status(201).send({ user: await sessionUser(session.sessionId) });
    },
  );
};
