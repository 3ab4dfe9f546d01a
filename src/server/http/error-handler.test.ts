import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors/app-error';
import { z } from '../../domain/zod';
import { registerErrorHandler } from './error-handler';

function appWithRoutes() {
  const app = Fastify({ logger: false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get('/boom', async () => {
    throw new Error('connection to 10.1.2.3 failed: password for user "dinsos"');
  });
  typed.get('/missing', async () => {
    throw new AppError('USER_NOT_FOUND');
  });
  typed.post(
    '/nik',
    { schema: { body: z.object({ nik: z.string().length(16, 'NIK harus 16 digit') }) } },
    async () => 'ok',
  );
  return app;
}

describe('error handler', () => {
  it('answers a 500 that leaks nothing of the cause', async () => {
    const response = await appWithRoutes().inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      code: 'INTERNAL',
      message: 'Terjadi kesalahan pada server. Silakan coba lagi.',
    });
    expect(response.body).not.toContain('dinsos');
  });

  it('answers an AppError with its status, code and Indonesian message', async () => {
    const response = await appWithRoutes().inject({ method: 'GET', url: '/missing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'USER_NOT_FOUND', message: 'Pengguna tidak ditemukan.' });
  });

  it('answers a validation failure as 400 with the message beside the field', async () => {
    const response = await appWithRoutes().inject({ method: 'POST', url: '/nik', payload: { nik: '123' } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'Data yang dikirim belum benar. Periksa isian yang ditandai.',
      fields: { nik: 'NIK harus 16 digit' },
    });
  });
});
