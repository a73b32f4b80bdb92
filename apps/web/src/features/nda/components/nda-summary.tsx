import { Link } from 'react-router';
import { ndaMessages } from '@kyoso/i18n/catalogues/nda';
import { paths } from '../../../config/paths';
import { useT } from '../../../lib/i18n';
import { useNda } from '../api/get-nda';

/** Where the proposal's NDA stands, what the reader should do, and the way to the NDA page. */
export function NdaSummary({ proposalId }: { proposalId: string }) {
  const t = useT(ndaMessages);
  const state = useNda(proposalId);
  if (!state.data) {
    return null;
  }
  const { nda, skippable, can } = state.data;
  const todo = can.sign
    ? t('summary.todo.sign')
    : can.countersign
      ? t('countersign.todo')
      : can.open
        ? t('summary.todo.open')
        : null;
  return (
    <section className="card" aria-labelledby="nda-heading">
      <h2 id="nda-heading">{t('page.title')}</h2>
      <p>
        <strong>
          {nda
            ? t(`status.${nda.status}`)
            : skippable
              ? t('summary.skippable')
              : t('summary.notSigned')}
        </strong>
      </p>
      {todo ? <p>{todo}</p> : null}
      <p>
        <Link to={paths.proposalNda(proposalId)} className={todo ? 'button' : undefined}>
          {t('summary.open')}
        </Link>
      </p>
    </section>
  );
}
