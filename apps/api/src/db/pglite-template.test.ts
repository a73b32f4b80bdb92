import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { readTar, restorePgliteTemplate } from './pglite-template';

const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kyoso-template-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) {
    rmSync(dir, { recursive: true, force: true });
  }
});

type Entry = { name: string; type?: string; body?: string; size?: number; checksum?: number };

/** A ustar archive of `entries`, written by hand (with ways to damage it). */
function tar(entries: Entry[], { end = true } = {}): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const header = Buffer.alloc(512);
    const body = Buffer.from(entry.body ?? '');
    header.write(entry.name, 0, 100, 'utf8');
    header.write('0000600\0', 100);
    header.write(`${(entry.size ?? body.length).toString(8).padStart(11, '0')}\0`, 124);
    header.write(entry.type ?? (entry.body === undefined ? '5' : '0'), 156);
    header.write('ustar\0' + '00', 257);
    header.fill(' ', 148, 156);
    const sum = header.reduce((a, b) => a + b, 0);
    header.write(`${(entry.checksum ?? sum).toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(header, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  if (end) {
    blocks.push(Buffer.alloc(1024));
  }
  return Buffer.concat(blocks);
}

describe('reading the template archive', () => {
  it('reads folders and files, names made relative', () => {
    const entries = readTar(
      tar([
        { name: '/base' },
        { name: '/base/1/' },
        { name: '/base/1/1259', body: 'x'.repeat(700) },
        { name: 'PG_VERSION', body: '17\n' },
        { name: 'empty', body: '' },
      ]),
    );
    expect(entries.map((e) => [e.name, e.kind, e.kind === 'file' ? e.data.length : null])).toEqual([
      ['base', 'dir', null],
      ['base/1', 'dir', null],
      ['base/1/1259', 'file', 700],
      ['PG_VERSION', 'file', 3],
      ['empty', 'file', 0],
    ]);
  });

  it.each<[string, Buffer, RegExp]>([
    ['a name leaving the folder', tar([{ name: '../etc/passwd', body: 'x' }]), /refused entry/],
    ['a name inside that leaves it', tar([{ name: 'base/../../x', body: 'x' }]), /refused entry/],
    ['the folder itself as a file', tar([{ name: '/', body: 'x' }]), /refused entry/],
    ['a Windows separator', tar([{ name: '..\\evil', body: 'x' }]), /refused entry/],
    ['a symbolic link', tar([{ name: 'link', type: '2' }]), /not supported/],
    [
      'a long-name extension',
      tar([{ name: '././@LongLink', type: 'L', body: 'x' }]),
      /not supported/,
    ],
    ['a damaged header', tar([{ name: 'PG_VERSION', body: '17', checksum: 1 }]), /checksum/],
    [
      'a file cut short',
      tar([{ name: 'big', body: 'x', size: 4096 }], { end: false }),
      /cut short/,
    ],
    ['no end marker', tar([{ name: 'PG_VERSION', body: '17' }], { end: false }), /end marker/],
  ])('refuses %s', (_label, archive, message) => {
    expect(() => readTar(archive)).toThrow(message);
  });
});

describe('restoring the template into a data folder', () => {
  it('gives a database PGlite opens, with what the template held', async () => {
    const source = await PGlite.create();
    await source.exec(`create table kept (word text); insert into kept values ('共創');`);
    const dump = await source.dumpDataDir('none');
    await source.close();
    const dir = tempDir();
    const file = path.join(dir, 'template.tar.gz');
    writeFileSync(file, gzipSync(Buffer.from(await dump.arrayBuffer()), { level: 1 }));

    const folder = path.join(dir, 'data', 'pglite');
    // What a start killed half-way through an earlier restore left behind.
    mkdirSync(`${folder}.unpacking/base`, { recursive: true });
    restorePgliteTemplate(file, folder);
    expect(existsSync(`${folder}.unpacking`)).toBe(false);
    const restored = await PGlite.create({ dataDir: folder });
    try {
      expect((await restored.query('select word from kept')).rows).toEqual([{ word: '共創' }]);
    } finally {
      await restored.close();
    }
  });

  it.each<[string, Entry[], RegExp]>([
    [
      'the archive is damaged',
      [
        { name: 'PG_VERSION', body: '17' },
        { name: 'x', type: '2' },
      ],
      /not supported/,
    ],
    // The second entry needs a folder where the first wrote a file.
    [
      'writing fails half-way',
      [
        { name: 'a', body: 'x' },
        { name: 'a/b', body: 'y' },
      ],
      /./,
    ],
  ])('leaves nothing behind when %s', (_label, entries, message) => {
    const dir = tempDir();
    const file = path.join(dir, 'template.tar.gz');
    writeFileSync(file, gzipSync(tar(entries)));
    expect(() => restorePgliteTemplate(file, path.join(dir, 'pglite'))).toThrow(message);
    expect(readdirSync(dir)).toEqual(['template.tar.gz']);
  });
});
