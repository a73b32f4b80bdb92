import { useState } from 'react';
import { devMailMessages } from '@kyoso/i18n/catalogues/dev-mail';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { formatDateTime, useI18n, useT } from '../../../lib/i18n';
import { useMail } from '../api/get-mail';
import { useMails } from '../api/get-mails';

/** Links inside an e-mail, so that a developer can follow "verify your e-mail" in one click. */
function linksIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s]+/g) ?? [])];
}

/** Opens a link of this portal on this very server, whatever PUBLIC_URL says. */
function localHref(link: string): string {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

function MessageView({ id }: { id: string }) {
  const t = useT(devMailMessages);
  const mail = useMail(id);
  if (mail.isPending) {
    return <Loading />;
  }
  if (mail.isError) {
    return <LoadError error={mail.error} onRetry={() => void mail.refetch()} />;
  }
  const m = mail.data.message;
  return (
    <article className="card mail" aria-labelledby="mail-subject">
      <h2 id="mail-subject">{m.subject}</h2>
      <p>{t('to', { to: m.to })}</p>
      <h3>{t('links')}</h3>
      <ul className="plain-list">
        {linksIn(m.text).map((link) => (
          <li key={link}>
            <a href={localHref(link)}>{link}</a>
          </li>
        ))}
      </ul>
      <details open>
        <summary>{t('text')}</summary>
        <pre className="mail__text">{m.text}</pre>
      </details>
      <details>
        <summary>{t('html')}</summary>
        <iframe title={t('html')} className="mail__html" sandbox="" srcDoc={m.html} />
      </details>
    </article>
  );
}

/** The development mailbox: the list of e-mails and the one selected. */
export function Mailbox() {
  const t = useT(devMailMessages);
  const { language } = useI18n();
  const mails = useMails();
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <>
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void mails.refetch()}
        >
          {t('refresh')}
        </button>
      </p>
      {mails.isPending ? <Loading /> : null}
      {mails.isError ? (
        <LoadError error={mails.error} onRetry={() => void mails.refetch()} />
      ) : null}
      {mails.data && mails.data.messages.length === 0 ? <p>{t('empty')}</p> : null}
      {mails.data && mails.data.messages.length > 0 ? (
        <div className="mailbox">
          <ul className="mailbox__list" aria-label={t('title')}>
            {mails.data.messages.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className={`mailbox__item${selected === m.id ? ' mailbox__item--selected' : ''}`}
                  aria-current={selected === m.id ? 'true' : undefined}
                  onClick={() => setSelected(m.id)}
                >
                  <span className="mailbox__subject">{m.subject}</span>
                  <span className="mailbox__meta">
                    {t('summary', { to: m.to, sentAt: formatDateTime(m.createdAt, language) })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <div className="mailbox__view">{selected ? <MessageView id={selected} /> : null}</div>
        </div>
      ) : null}
    </>
  );
}
