/** Each user's own profile: the name and the language of the portal and its e-mails. */
import type { Language } from '@kyoso/i18n/languages';
import type { AppContext } from '../../app-context';
import type { Actor } from './actor';
import { updateUser } from './users.repository';

/** Changes the caller's own name or language. */
export async function updateProfile(args: {
  ctx: AppContext;
  actor: Actor;
  input: { name?: string | undefined; language?: Language | undefined };
}) {
  const { ctx, actor, input } = args;
  await updateUser(ctx.db, actor.id, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.language !== undefined ? { language: input.language } : {}),
  });
}
