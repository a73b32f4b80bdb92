/**
 * Password hashing with Node's built-in scrypt (no native add-on to compile). Parameters are stored
 * with each hash, so the cost can be raised later without invalidating old passwords.
 */
import {
  randomBytes,
  scrypt as scryptCallback,
  timingSafeEqual,
  type ScryptOptions,
} from 'node:crypto';
import commonPasswords from 'fxa-common-password-list';
import { PASSWORD_POLICY } from '@kyoso/contracts/roles';

const KEY_LENGTH = 64;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => {
      if (error) {
        reject(error);
      } else {
        resolve(key);
      }
    });
  });
}

/**
 * At most two hashes at a time: each takes 128 MiB at the production cost, so a burst of logins
 * queues instead of exhausting memory.
 */
const MAX_CONCURRENT_HASHES = 2;
let running = 0;
const waiting: Array<() => void> = [];

async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_HASHES) {
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

function optionsFor(cost: number): ScryptOptions {
  const N = 2 ** cost;
  return { N, r: 8, p: 1, maxmem: 256 * N * 8 };
}

/** `scrypt$<log2 N>$<r>$<p>$<salt>$<hash>` (base64url). */
export async function hashPassword(password: string, cost: number): Promise<string> {
  const salt = randomBytes(16);
  const options = optionsFor(cost);
  const key = await withHashSlot(() => scrypt(password, salt, options));
  return [
    'scrypt',
    cost,
    options.r,
    options.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, costText, rText, pText, saltText, keyText] = stored.split('$');
  if (scheme !== 'scrypt' || !costText || !rText || !pText || !saltText || !keyText) {
    return false;
  }
  const cost = Number(costText);
  const options = { ...optionsFor(cost), r: Number(rText), p: Number(pText) };
  const expected = Buffer.from(keyText, 'base64url');
  const actual = await withHashSlot(() =>
    scrypt(password, Buffer.from(saltText, 'base64url'), options),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Words that would make a password guessable for this portal in particular. */
const PORTAL_WORDS = ['kyoso', 'kitakyushu', 'demo-pass', 'kyousou', 'password'];

export type PasswordProblem = {
  code:
    | 'auth.password_too_short'
    | 'auth.password_too_common'
    | 'auth.password_contains_site_name'
    | 'auth.password_too_repetitive'
    | 'auth.password_contains_email';
  vars?: { word: string };
};

/**
 * Why a password is refused, beyond its length (checked by the contract schema), said plainly:
 * a common password (Mozilla's list of the 50,000 most common), the name of this portal or city
 * (with the word), a few characters repeated, or the e-mail address.
 */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  if (password.length < PASSWORD_POLICY.minLength) {
    return { code: 'auth.password_too_short' };
  }
  const lower = password.toLowerCase();
  if (commonPasswords.test(password) || commonPasswords.test(lower)) {
    return { code: 'auth.password_too_common' };
  }
  const word = PORTAL_WORDS.find((w) => lower.includes(w));
  if (word) {
    return { code: 'auth.password_contains_site_name', vars: { word } };
  }
  if (new Set(lower).size <= 2) {
    return { code: 'auth.password_too_repetitive' };
  }
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) {
    return { code: 'auth.password_contains_email' };
  }
  return null;
}
