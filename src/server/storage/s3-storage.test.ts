import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { readS3Config, s3Storage } from './s3-storage';

/** A bucket in memory that answers the three commands the storage sends. */
function fakeS3() {
  const objects = new Map<string, Uint8Array>();
  const sent: unknown[] = [];
  return {
    objects,
    sent,
    async send(command: unknown) {
      sent.push(command);
      if (command instanceof PutObjectCommand)
        objects.set(`${command.input.Bucket}/${command.input.Key}`, command.input.Body as Uint8Array);
      if (command instanceof GetObjectCommand) {
        const body = objects.get(`${command.input.Bucket}/${command.input.Key}`);
        return { Body: body && { transformToByteArray: async () => body } };
      }
      if (command instanceof DeleteObjectCommand)
        objects.delete(`${command.input.Bucket}/${command.input.Key}`);
      return {};
    },
  };
}

describe('S3-compatible storage', () => {
  const config = readS3Config({
    S3_BUCKET: 'satu-atap',
    S3_ACCESS_KEY_ID: 'id',
    S3_SECRET_ACCESS_KEY: 'secret',
    S3_ENDPOINT: 'https://s3.example.id',
    S3_PREFIX: 'dumai/',
  });

  it('reads its configuration from S3_* and is off without a bucket', () => {
    expect(config).toMatchObject({
      bucket: 'satu-atap',
      endpoint: 'https://s3.example.id',
      forcePathStyle: true,
      prefix: 'dumai/',
    });
    expect(readS3Config({})).toBeNull();
    expect(() => readS3Config({ S3_BUCKET: 'x' })).toThrow(/S3_ACCESS_KEY_ID/);
  });

  it('puts, gets and removes objects under the prefix', async () => {
    if (!config) throw new Error('config expected');
    const bucket = fakeS3();
    const storage = s3Storage(config, bucket as never);
    await storage.put('cases/dumai/a.jpg', Buffer.from('foto'));
    expect([...bucket.objects.keys()]).toEqual(['satu-atap/dumai/cases/dumai/a.jpg']);
    expect((await storage.get('cases/dumai/a.jpg')).toString()).toBe('foto');
    await storage.remove('cases/dumai/a.jpg');
    expect(bucket.objects.size).toBe(0);
  });
});
