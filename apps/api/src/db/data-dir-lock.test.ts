import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock';

describe('the lock on the PGlite data directory', () => {
  it('refuses a second process while the first holds it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kyoso-lock-'));
    // The test runner's parent process is alive: it stands for another kyoso.
    writeFileSync(path.join(dir, 'kyoso.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(/in use by another kyoso process/);
  });

  it('takes over a lock left by a process that no longer runs, and releases it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kyoso-lock-'));
    writeFileSync(path.join(dir, 'kyoso.lock'), '999999');
    const release = lockDataDir(dir);
    expect(existsSync(path.join(dir, 'kyoso.lock'))).toBe(true);
    release();
    expect(existsSync(path.join(dir, 'kyoso.lock'))).toBe(false);
  });
});
