import type { ReactNode } from 'react';
import { caseMessages } from '@kyoso/i18n/catalogues/case';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { formatList } from '@kyoso/i18n/format';
import {
  CONFIDENTIAL_SECTIONS,
  type ConfidentialSection,
  type Proposal,
} from '@kyoso/contracts/proposals';
import { formatYen, useI18n, useT } from '../../../lib/i18n';

function Section({ proposal, name }: { proposal: Proposal; name: ConfidentialSection }) {
  const t = useT(caseMessages);
  const td = useT(domainMessages);
  const redacted = proposal.redactedSections.includes(name);
  const confidential = proposal.confidentialSections.includes(name);
  // The proposed KPIs are `proposedKpis` in the answer (`kpis` are the project's tracked KPIs).
  const value = name === 'kpis' ? proposal.proposedKpis : proposal[name];
  return (
    <section className="proposal-section">
      <h3>
        {td(`section.${name}`)}
        {confidential ? (
          <span className="badge badge--confidential">{t('content.confidential')}</span>
        ) : null}
      </h3>
      {redacted ? (
        <p className="redacted">{t('content.redacted')}</p>
      ) : name === 'kpis' && proposal.proposedKpis ? (
        <ul>
          {proposal.proposedKpis.map((kpi, i) => (
            <li key={i}>{t('content.kpi', { name: kpi.name, target: kpi.target })}</li>
          ))}
        </ul>
      ) : (
        <p className="prewrap">{typeof value === 'string' ? value : ''}</p>
      )}
    </section>
  );
}

/** What the proposal says: summary, the sections (confidential ones redacted), money, files. */
export function ProposalContent({
  proposal,
  attachments,
}: {
  proposal: Proposal;
  /** The proposal's files, as the page shows files. */
  attachments: ReactNode;
}) {
  const t = useT(caseMessages);
  const td = useT(domainMessages);
  const { language } = useI18n();
  return (
    <>
      <h2>{t('content.title')}</h2>
      <section className="proposal-section">
        <h3>{t('content.summary')}</h3>
        <p className="prewrap">{proposal.summary}</p>
      </section>
      {CONFIDENTIAL_SECTIONS.map((name) => (
        <Section key={name} proposal={proposal} name={name} />
      ))}
      <section className="proposal-section">
        <h3>{t('content.money')}</h3>
        <p>
          {proposal.cityBudget ? td(`cityBudget.${proposal.cityBudget}`) : ''}
          {proposal.cityBudgetEstimateYen !== null
            ? `（${t('content.estimate', { amount: formatYen(proposal.cityBudgetEstimateYen, language) })}）`
            : ''}
        </p>
        <p>
          {formatList(
            proposal.resourcesWanted.map((r) => td(`resource.${r}`)),
            language,
          )}
        </p>
      </section>
      {attachments}
    </>
  );
}
