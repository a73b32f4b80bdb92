import { Link } from 'react-router';
import { NDA_STATUS_LABELS, type ndaStateResponseSchema } from '@kyoso/contracts/ndas';
import type { Proposal } from '@kyoso/contracts/proposals';
import type { z } from 'zod';
import { paths } from '../../config/paths';
import { api } from '../../lib/api-client';
import { useI18n } from '../../lib/i18n';
import { useApi } from '../../lib/use-api';

type NdaState = z.infer<typeof ndaStateResponseSchema>;

/** A department has accepted the proposal (STEP 3 or later, or ended after that). */
export function pastRouting(proposal: Pick<Proposal, 'step' | 'leadDepartment' | 'status'>) {
  return typeof proposal.step === 'number'
    ? proposal.step >= 3
    : proposal.leadDepartment !== null && proposal.status !== 'withdrawn';
}

/** Where the proposal's NDA stands, what the reader should do, and the way to the NDA page. */
export function NdaSummary({ proposal }: { proposal: Proposal }) {
  const { l, language } = useI18n();
  const ja = language === 'ja';
  const relevant = pastRouting(proposal);
  const state = useApi(
    (signal) => api<NdaState>(`/api/proposals/${proposal.id}/nda`, { signal }),
    relevant ? `${proposal.id}-${proposal.version}` : null,
  );
  if (!relevant || !state.data) {
    return null;
  }
  const { nda, skippable, can } = state.data;
  const todo = can.sign
    ? ja
      ? '秘密保持契約への署名をお願いします。'
      : 'Please sign the NDA.'
    : can.countersign
      ? ja
        ? '提案者が署名しました。市として署名（副署）してください。'
        : 'The proposer has signed. Please countersign for the city.'
      : can.open
        ? ja
          ? '秘密情報を扱う対話の前に、秘密保持契約の手続きを始めてください。'
          : 'Start the NDA before the dialogue on confidential content.'
        : null;
  return (
    <section className="card" aria-labelledby="nda-heading">
      <h2 id="nda-heading">{ja ? '秘密保持契約（NDA）' : 'Non-disclosure agreement (NDA)'}</h2>
      <p>
        <strong>
          {nda
            ? l(NDA_STATUS_LABELS[nda.status])
            : skippable
              ? ja
                ? '秘密情報の指定がないため、NDAなしで対話に進めます'
                : 'Nothing is marked confidential: the dialogue may start without an NDA'
              : ja
                ? '未締結'
                : 'Not signed yet'}
        </strong>
      </p>
      {todo ? <p>{todo}</p> : null}
      <p>
        <Link to={paths.proposalNda(proposal.id)} className={todo ? 'button' : undefined}>
          {ja ? '秘密保持契約のページを開く' : 'Open the NDA page'}
        </Link>
      </p>
    </section>
  );
}
