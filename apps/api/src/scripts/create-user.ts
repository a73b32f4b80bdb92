/**
 * `npm run user:create -- --email admin@city.example.jp --name "管理 太郎" --role admin`
 * Creates a staff account with a password, e.g. the first administrator of a new installation.
 * The password is read from KYOSO_PASSWORD or asked for on the terminal (not echoed).
 * Department staff need `--department <code>` (see GET /api/departments).
 */
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { STAFF_ROLES } from '@kyoso/contracts/auth';
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';
import { recordAuditEvent } from '../modules/audit/audit.repository';
import { hashPassword, passwordProblem } from '../modules/auth/passwords';
import { departmentsTable } from '../modules/departments/departments.table';
import { createUser, getUserByEmail } from '../modules/users/users.repository';

async function readPassword(): Promise<string> {
  if (process.env.KYOSO_PASSWORD) {
    return process.env.KYOSO_PASSWORD;
  }
  if (!process.stdin.isTTY) {
    throw new Error('Set KYOSO_PASSWORD or run in a terminal to type the password.');
  }
  process.stdout.write('Password (at least 10 characters): ');
  process.stdin.setRawMode(true);
  process.stdin.resume();
  let password = '';
  return new Promise((resolve, reject) => {
    process.stdin.on('data', (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          process.stdin.setRawMode(false);
          process.stdin.pause();
          process.stdout.write('\n');
          resolve(password);
          return;
        }
        if (char === '\u0003') {
          reject(new Error('Cancelled'));
          return;
        }
        password = char === '\u007f' ? password.slice(0, -1) : password + char;
      }
    });
  });
}

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'admin' },
    department: { type: 'string' },
    language: { type: 'string', default: 'ja' },
  },
});

const role = values.role as (typeof STAFF_ROLES)[number];
if (
  !values.email ||
  !values.name ||
  !STAFF_ROLES.includes(role) ||
  (values.language !== 'ja' && values.language !== 'en')
) {
  console.error(
    'Usage: npm run user:create -- --email <e-mail> --name <name> [--role admin|coordinator|department] [--department <code>] [--language ja|en]',
  );
  process.exit(2);
}

const config = loadConfig();
const database = await openDatabase(config);
try {
  await runMigrations(database);
  const email = values.email.trim().toLowerCase();
  if (await getUserByEmail(database.db, email)) {
    throw new Error(`An account with ${email} already exists.`);
  }
  let departmentId: string | null = null;
  if (values.department) {
    const [department] = await database.db
      .select()
      .from(departmentsTable)
      .where(eq(departmentsTable.code, values.department));
    if (!department) {
      throw new Error(`No department with code ${values.department}.`);
    }
    departmentId = department.id;
  } else if (role === 'department') {
    throw new Error('Department staff need --department <code>.');
  }
  const password = await readPassword();
  const problem = passwordProblem(password, email);
  if (problem) {
    throw new Error(`Password refused (${problem.code}).`);
  }
  const passwordHash = await hashPassword(password, config.passwordHashCost);
  const now = new Date();
  await database.db.transaction(async (tx) => {
    const user = await createUser(tx, {
      email,
      name: values.name ?? email,
      role,
      language: values.language as 'ja' | 'en',
      departmentId,
      passwordHash,
      emailVerifiedAt: now,
      passwordChangedAt: now,
    });
    await recordAuditEvent(tx, {
      actorUserId: null,
      action: 'user.created_by_cli',
      subjectType: 'user',
      subjectId: user.id,
      data: { role },
    });
  });
  console.log(`Created ${role} ${email}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
