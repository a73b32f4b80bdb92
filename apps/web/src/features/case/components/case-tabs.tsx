import { Link } from 'react-router';
import { caseMessages } from '@kyoso/i18n/catalogues/case';
import { useT } from '../../../lib/i18n';
import type { ProposalPermissions } from '@kyoso/contracts/proposals';

export const CASE_TABS = [
  'content',
  'decision',
  'agreement',
  'kpis',
  'evaluation',
  'messages',
  'dialogues',
  'notes',
  'access-log',
] as const;
export type CaseTab = (typeof CASE_TABS)[number];

const LABELS = {
  content: 'tabs.content',
  decision: 'tabs.decision',
  agreement: 'tabs.agreement',
  kpis: 'tabs.kpis',
  evaluation: 'tabs.evaluation',
  messages: 'tabs.messages',
  dialogues: 'tabs.dialogues',
  notes: 'staff.tabs.notes',
  'access-log': 'tabs.accessLog',
} as const satisfies Record<CaseTab, string>;

type TabPermissions = Pick<
  ProposalPermissions,
  | 'readDecision'
  | 'readAgreement'
  | 'readMessages'
  | 'readDialogues'
  | 'readNotes'
  | 'readAccessLog'
  | 'editLogicModel'
  | 'editKpis'
  | 'reportKpi'
  | 'verifyKpi'
  | 'readEvaluation'
>;

/**
 * The parts of the proposal page the reader may open, as the API says (`proposal.can`, and the
 * records the answer carries: a logic model or KPIs are given only to those who may read them).
 */
export function caseTabs(
  can: TabPermissions,
  records: { hasKpis: boolean } = { hasKpis: false },
): CaseTab[] {
  const open: Record<CaseTab, boolean> = {
    content: true,
    decision: can.readDecision,
    agreement: can.readAgreement,
    kpis: records.hasKpis || can.editLogicModel || can.editKpis || can.reportKpi || can.verifyKpi,
    evaluation: can.readEvaluation,
    messages: can.readMessages,
    dialogues: can.readDialogues,
    notes: can.readNotes,
    'access-log': can.readAccessLog,
  };
  return CASE_TABS.filter((tab) => open[tab]);
}

/** The tab asked for in the address, if the reader may open it; the content otherwise. */
export function chosenTab(tabs: readonly CaseTab[], requested: string | null): CaseTab {
  return tabs.find((tab) => tab === requested) ?? 'content';
}

export function CaseTabs({ tabs, current }: { tabs: readonly CaseTab[]; current: CaseTab }) {
  const t = useT(caseMessages);
  return (
    <nav aria-label={t('tabs.label')}>
      <ul className="tabs">
        {tabs.map((tab) => (
          <li key={tab}>
            <Link to={`?tab=${tab}`} replace aria-current={current === tab ? 'page' : undefined}>
              {t(LABELS[tab])}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
