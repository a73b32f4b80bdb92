import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** OpenAPI generated from the routes' zod schemas: `/api/openapi.json`, browsable at `/api/docs`. */
export default fp(
  async (app: FastifyInstance) => {
    await app.register(fastifySwagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'kyoso API',
          description:
            'The API of the kyoso public–private co-creation portal (官民共創ポータル). Errors are always `{ "error": { "code", "message", "details"? } }`; authentication is by the httpOnly session cookies set by `POST /api/auth/login`.',
          version: '0.1.0',
        },
        tags: [
          { name: 'auth', description: 'Accounts and sessions' },
          { name: 'proposals', description: 'Proposals and the six-STEP workflow' },
          { name: 'organizations', description: 'The proposer’s organisation' },
          { name: 'departments', description: 'The city’s departments' },
          { name: 'admin', description: 'Administration' },
          { name: 'health', description: 'Operations' },
        ],
      },
      transform: jsonSchemaTransform,
    });
    await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
    app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi', dependencies: ['zod'] },
);
