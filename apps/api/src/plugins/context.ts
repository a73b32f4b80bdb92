import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppContext } from '../app-context';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation merges interfaces
  interface FastifyInstance {
    ctx: AppContext;
  }
}

/** Makes the application context (database, config, clock, outbox wake-up) available to routes. */
export default fp(
  async (app: FastifyInstance, options: { ctx: AppContext }) => {
    app.decorate('ctx', options.ctx);
  },
  { name: 'context' },
);
