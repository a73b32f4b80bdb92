/**
 * Where attachment bytes live: a folder outside the web root (DATA_DIR/attachments) by default,
 * or an S3-compatible bucket when S3_BUCKET is configured (requests signed with AWS Signature
 * Version 4, so MinIO, Ceph, Cloudflare R2, Sakura's or AWS's object storage all work).
 */
import { createHash, createHmac } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type ObjectStorage = {
  kind: 'local' | 's3';
  put: (key: string, body: Buffer, contentType: string) => Promise<void>;
  get: (key: string) => Promise<Buffer>;
  delete: (key: string) => Promise<void>;
};

const SAFE_KEY = /^[a-zA-Z0-9/_-]+$/;

function ensureSafeKey(key: string) {
  if (!SAFE_KEY.test(key) || key.includes('..')) {
    throw new Error(`unsafe storage key: ${key}`);
  }
}

export function createLocalStorage(root: string): ObjectStorage {
  const file = (key: string) => {
    ensureSafeKey(key);
    return path.join(root, key);
  };
  return {
    kind: 'local',
    async put(key, body) {
      const target = file(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Written to a temporary name first: a crash never leaves half a file under the real name.
      await writeFile(`${target}.partial`, body, { mode: 0o600 });
      await rename(`${target}.partial`, target);
    },
    get: (key) => readFile(file(key)),
    delete: (key) => rm(file(key), { force: true }),
  };
}

export type S3Options = {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string) =>
  createHmac('sha256', key).update(data).digest();

/** Signs a request with AWS Signature Version 4 (path-style URL, payload hash included). */
export function signS3Request(
  options: S3Options,
  request: { method: string; url: URL; body?: Buffer; headers?: Record<string, string>; now: Date },
): Record<string, string> {
  const amzDate = request.now.toISOString().replace(/[:-]|\.\d{3}/g, '');
  const dateStamp = amzDate.slice(0, 8);
  const payloadHash = sha256Hex(request.body ?? '');
  const headers: Record<string, string> = {
    ...Object.fromEntries(
      Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v.trim()]),
    ),
    host: request.url.host,
    'x-amz-content-sha256': payloadHash,
    'x-amz-date': amzDate,
  };
  const signedHeaderNames = Object.keys(headers).sort();
  const canonicalRequest = [
    request.method,
    request.url.pathname
      .split('/')
      .map((segment) => encodeURIComponent(decodeURIComponent(segment)))
      .join('/'),
    [...request.url.searchParams]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
      .join('&'),
    signedHeaderNames.map((name) => `${name}:${headers[name]}\n`).join(''),
    signedHeaderNames.join(';'),
    payloadHash,
  ].join('\n');
  const scope = `${dateStamp}/${options.region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = hmac(
    hmac(hmac(hmac(`AWS4${options.secretAccessKey}`, dateStamp), options.region), 's3'),
    'aws4_request',
  );
  const signature = createHmac('sha256', signingKey).update(stringToSign).digest('hex');
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${options.accessKeyId}/${scope}, SignedHeaders=${signedHeaderNames.join(';')}, Signature=${signature}`,
  };
}

export function createS3Storage(options: S3Options): ObjectStorage {
  const urlFor = (key: string) => {
    ensureSafeKey(key);
    return new URL(`${options.endpoint.replace(/\/+$/, '')}/${options.bucket}/${key}`);
  };
  async function send(method: string, key: string, body?: Buffer, contentType?: string) {
    const url = urlFor(key);
    const headers = signS3Request(options, {
      method,
      url,
      ...(body ? { body } : {}),
      headers: contentType ? { 'content-type': contentType } : {},
      now: new Date(),
    });
    const res = await fetch(url, {
      method,
      headers,
      ...(body ? { body: new Uint8Array(body) } : {}),
    });
    if (!res.ok && !(method === 'DELETE' && res.status === 404)) {
      throw new Error(`object storage ${method} ${key} failed: ${res.status} ${await res.text()}`);
    }
    return res;
  }
  return {
    kind: 's3',
    async put(key, body, contentType) {
      await send('PUT', key, body, contentType);
    },
    async get(key) {
      return Buffer.from(await (await send('GET', key)).arrayBuffer());
    },
    async delete(key) {
      await send('DELETE', key);
    },
  };
}

/** The storage the configuration names: S3-compatible when set, else files under `DATA_DIR`. */
export function storageFromConfig(config: {
  s3?: S3Options | null | undefined;
  dataDir: string;
}): ObjectStorage {
  return config.s3
    ? createS3Storage(config.s3)
    : createLocalStorage(path.join(config.dataDir, 'attachments'));
}
