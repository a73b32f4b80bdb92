import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { databaseLane } from '../db/client';

export type Lifecycle = {
  /** True once the process has been asked to stop: it still serves, but is no longer ready. */
  readonly draining: boolean;
  /** Starts draining: `/api/health/ready` answers 503 and every answer closes its connection. */
  drain: () => void;
};

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation merges interfaces
  interface FastifyInstance {
    lifecycle: Lifecycle;
  }
}

/**
 * The process's lifecycle as the HTTP layer sees it:
 * - each request's database work runs in the lane of its method (reads: GET and HEAD; writes:
 *   the others), which the embedded database's queue serves in turns (PGlite only);
 * - while draining before a shutdown, answers carry `Connection: close`, so that clients and
 *   load balancers open no more requests on connections that are about to close.
 */
export default fp(
  async (app: FastifyInstance) => {
    let draining = false;
    app.decorate('lifecycle', {
      get draining() {
        return draining;
      },
      drain() {
        draining = true;
      },
    });
    // Only the embedded database has lanes. On PostgreSQL the hook is left out: running every
    // request in an AsyncLocalStorage turns on Node's promise hooks, a cost on every promise.
    if (app.ctx.engine === 'pglite') {
      app.addHook('onRequest', (request, _reply, done) => {
        databaseLane.run(
          request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'write',
          done,
        );
      });
    }
    app.addHook('onSend', (_request, reply, payload, done) => {
      if (draining) {
        reply.header('Connection', 'close');
      }
      done(null, payload);
    });
  },
  { name: 'lifecycle', dependencies: ['context'] },
);
