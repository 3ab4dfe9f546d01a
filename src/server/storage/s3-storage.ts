import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { FileStorage } from './file-storage';

export interface S3Config {
  bucket: string;
  region: string;
  /** For S3-compatible services (MinIO, Ceph, a cloud provider's object storage). */
  endpoint: string | null;
  accessKeyId: string;
  secretAccessKey: string;
  /** Most S3-compatible servers want path-style addresses (`endpoint/bucket/key`). */
  forcePathStyle: boolean;
  /** Keys are put under this prefix, so one bucket can serve several deployments. */
  prefix: string;
}

/** Reads S3_* from the environment; null when no bucket is configured (the folder storage is used). */
export function readS3Config(env: NodeJS.ProcessEnv = process.env): S3Config | null {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) return null;
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim();
  if (!accessKeyId || !secretAccessKey)
    throw new Error('S3_BUCKET is set: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are needed too');
  return {
    bucket,
    region: env.S3_REGION?.trim() || 'us-east-1',
    endpoint: env.S3_ENDPOINT?.trim() || null,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: env.S3_FORCE_PATH_STYLE !== '0',
    prefix: env.S3_PREFIX?.trim() ?? '',
  };
}

/** Case files in an S3-compatible bucket; `client` is injectable for tests. */
export function s3Storage(config: S3Config, client?: Pick<S3Client, 'send'>): FileStorage {
  const s3 =
    client ??
    new S3Client({
      region: config.region,
      endpoint: config.endpoint ?? undefined,
      forcePathStyle: config.forcePathStyle,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    });
  const key = (name: string) => `${config.prefix}${name}`;
  return {
    async put(name, bytes) {
      await s3.send(new PutObjectCommand({ Bucket: config.bucket, Key: key(name), Body: bytes }));
    },
    async get(name) {
      const result = await s3.send(new GetObjectCommand({ Bucket: config.bucket, Key: key(name) }));
      if (!result.Body) throw new Error(`empty object ${name}`);
      return Buffer.from(await result.Body.transformToByteArray());
    },
    async remove(name) {
      await s3.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: key(name) }));
    },
  };
}
