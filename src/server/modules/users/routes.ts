import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROLE_GROUPS } from '../../../domain/auth/roles';
import {
  ZStaffContact,
  ZStaffContactView,
  ZUser,
  ZUserCreate,
  ZUserUpdate,
} from '../../../domain/auth/schemas';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { requireActor } from '../../http/actor';
import {
  createUser,
  getOwnContact,
  getUser,
  listUsers,
  unlockUser,
  updateOwnContact,
  updateUser,
} from './service';

const ZUserParams = z.object({ id: z.uuid('ID pengguna tidak valid') });
const access = ROLE_GROUPS.admins;

export const userRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/api/v1/users', {
    config: { access },
    schema: { tags: ['users'], response: { 200: z.object({ items: z.array(ZUser) }) } },
    handler: async (request) => ({ items: await listUsers(db, requireActor(request.actor)) }),
  });

  app.get('/api/v1/users/:id', {
    config: { access },
    schema: { tags: ['users'], params: ZUserParams, response: { 200: ZUser } },
    handler: async (request) => getUser(db, requireActor(request.actor), request.params.id),
  });

  app.post('/api/v1/users', {
    config: { access },
    schema: { tags: ['users'], body: ZUserCreate, response: { 201: ZUser } },
    handler: async (request, reply) => {
      const user = await createUser(db, requireActor(request.actor), request.body, auditContextOf(request));
      return reply.status(201).send(user);
    },
  });

  app.patch('/api/v1/users/:id', {
    config: { access },
    schema: { tags: ['users'], params: ZUserParams, body: ZUserUpdate, response: { 200: ZUser } },
    handler: async (request) =>
      updateUser(db, requireActor(request.actor), request.params.id, request.body, auditContextOf(request)),
  });

  app.post('/api/v1/users/:id/unlock', {
    config: { access },
    schema: {
      tags: ['users'],
      summary: 'Open an account the login guard locked or slowed down, keeping its password',
      params: ZUserParams,
      response: { 200: ZUser },
    },
    handler: async (request) =>
      unlockUser(db, requireActor(request.actor), request.params.id, auditContextOf(request)),
  });

  // Every officer sets where their own staff alerts reach them (issue 14); only this, not the rest.
  app.get('/api/v1/auth/me/contact', {
    config: { access: ROLE_GROUPS.everyone },
    schema: { tags: ['users'], response: { 200: ZStaffContactView } },
    handler: async (request) => getOwnContact(db, requireActor(request.actor)),
  });

  app.put('/api/v1/auth/me/contact', {
    config: { access: ROLE_GROUPS.everyone },
    schema: { tags: ['users'], body: ZStaffContact, response: { 200: ZStaffContactView } },
    handler: async (request) =>
      updateOwnContact(db, requireActor(request.actor), request.body, auditContextOf(request)),
  });
};
