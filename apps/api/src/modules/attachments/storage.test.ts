import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalStorage, createS3Storage, signS3Request } from './storage';

describe('AWS Signature Version 4', () => {
  it('matches the example in the Amazon S3 documentation (GET object with a range)', () => {
    // "Example: GET Object", Authenticating Requests: Using the Authorization Header (AWS SigV4).
    const headers = signS3Request(
      {
        endpoint: 'https://s3.amazonaws.com',
        bucket: 'examplebucket',
        region: 'us-east-1',
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      },
      {
        method: 'GET',
        url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
        headers: { Range: 'bytes=0-9' },
        now: new Date('2013-05-24T00:00:00Z'),
      },
    );
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });
});

describe('S3-compatible storage', () => {
  const objects = new Map<string, Buffer>();
  const seen: Array<{ method: string; url: string; authorization: string | undefined }> = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
      });
      if (!req.headers.authorization?.startsWith('AWS4-HMAC-SHA256 Credential=minio/')) {
        res.writeHead(403).end('<Error><Code>AccessDenied</Code></Error>');
        return;
      }
      const key = req.url ?? '';
      if (req.method === 'PUT') {
        objects.set(key, Buffer.concat(chunks));
        res.writeHead(200).end();
      } else if (req.method === 'GET' && objects.has(key)) {
        res.writeHead(200).end(objects.get(key));
      } else if (req.method === 'DELETE') {
        objects.delete(key);
        res.writeHead(204).end();
      } else {
        res.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
      }
    });
  });
  let endpoint = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('puts, gets and deletes objects with signed, path-style requests', async () => {
    const storage = createS3Storage({
      endpoint,
      bucket: 'kyoso',
      region: 'ap-northeast-1',
      accessKeyId: 'minio',
      secretAccessKey: 'minio-secret',
    });
    await storage.put('proposals/p1/a1', Buffer.from('%PDF-1.4 hello'), 'application/pdf');
    expect(objects.get('/kyoso/proposals/p1/a1')?.toString()).toBe('%PDF-1.4 hello');
    expect((await storage.get('proposals/p1/a1')).toString()).toBe('%PDF-1.4 hello');
    await storage.delete('proposals/p1/a1');
    expect(objects.has('/kyoso/proposals/p1/a1')).toBe(false);
    expect(seen.every((r) => r.authorization?.includes('/ap-northeast-1/s3/aws4_request'))).toBe(
      true,
    );
    await expect(storage.get('proposals/p1/a1')).rejects.toThrow(/404/);
  });

  it('refuses keys that could escape the bucket', async () => {
    const storage = createS3Storage({
      endpoint,
      bucket: 'kyoso',
      region: 'x',
      accessKeyId: 'minio',
      secretAccessKey: 's',
    });
    await expect(storage.put('../etc/passwd', Buffer.from('x'), 'text/plain')).rejects.toThrow(
      /unsafe/,
    );
  });
});

describe('local storage', () => {
  it('keeps files outside the web root and never leaves half-written files', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kyoso-files-'));
    const storage = createLocalStorage(root);
    await storage.put('proposals/p1/a1', Buffer.from('data'), 'application/pdf');
    expect((await storage.get('proposals/p1/a1')).toString()).toBe('data');
    expect(readdirSync(path.join(root, 'proposals', 'p1'))).toEqual(['a1']);
    await storage.delete('proposals/p1/a1');
    await expect(storage.get('proposals/p1/a1')).rejects.toThrow();
    await expect(storage.put('../../x', Buffer.from('x'), 'text/plain')).rejects.toThrow(/unsafe/);
  });
});
