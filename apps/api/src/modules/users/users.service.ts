/** Each user's own profile: the name, the language of the portal and its e-mails, and the daily digests. */
import type { Language } from '@kyoso/i18n/languages';
import type { AppContext } from '../../app-context';
import type { Actor } from './actor';
import { updateUser } from './users.repository';

/** Changes the caller's own name, language or wish to receive the daily digests. */
export async function updateProfile(args: {
  ctx: AppContext;
  actor: Actor;
  input: {
    name?: string | undefined;
    language?: Language | undefined;
    digestOptOut?: boolean | undefined;
  };
}) {
  const { ctx, actor, input } = args;
  await updateUser(ctx.db, actor.id, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.language !== undefined ? { language: input.language } : {}),
    ...(input.digestOptOut !== undefined ? { digestOptOut: input.digestOptOut } : {}),
  });
}
