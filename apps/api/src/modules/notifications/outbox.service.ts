import { randomUUID } from 'node:crypto';
import type { Language } from '@kyoso/i18n/languages';
import type { Config } from '../../config';
import type { Executor } from '../../db/client';
import { outboxEmailsTable } from './outbox.table';
import { renderEmail, type EmailTemplateName, type EmailTemplates } from './templates';

export type EnqueueEmailInput<K extends EmailTemplateName> = {
  /** The transaction of the change that causes the e-mail: both commit or neither does. */
  tx: Executor;
  config: Config;
  to: string;
  language: Language;
  template: K;
  data: EmailTemplates[K];
};

/** An absolute link into the web app, e.g. `link(config, '/verify-email', { token })`. */
export function appLink(
  config: Config,
  pathname: string,
  query: Record<string, string> = {},
): string {
  const url = new URL(pathname, `${config.publicUrl}/`);
  for (const [key, value] of Object.entries(query)) {
    url.searchParams.set(key, value);
  }
  return url.toString();
}

/**
 * Renders an e-mail and writes it to the outbox inside `tx`. Nothing is sent here: the outbox
 * worker sends it once the transaction has committed.
 */
export async function enqueueEmail<K extends EmailTemplateName>(input: EnqueueEmailInput<K>) {
  const { tx, config, to, language, template, data } = input;
  const rendered = renderEmail(template, data, language, {
    cityName: config.cityName,
    publicUrl: config.publicUrl,
  });
  const id = randomUUID();
  const host = new URL(config.publicUrl).hostname || 'kyoso.localhost';
  await tx.insert(outboxEmailsTable).values({
    id,
    template,
    toAddress: to,
    language,
    subject: rendered.subject,
    textBody: rendered.text,
    htmlBody: rendered.html,
    messageId: `<${id}@${host}>`,
  });
  return { id };
}
