import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { proposalFormMessages } from '@kyoso/i18n/catalogues/proposal-form';
import { PROPOSAL_LIMITS } from '@kyoso/contracts/proposals';
import { TextAreaField, TextField } from '../../../components/ui/field';
import { useT } from '../../../lib/i18n';
import type { Draft } from '../hooks/use-draft';

type TextName =
  | 'title'
  | 'summary'
  | 'problem'
  | 'whyThisCity'
  | 'solution'
  | 'cityRole'
  | 'companyRole'
  | 'impact'
  | 'contactName';

/** The guidance under each text field (the four points), where the form gives one. */
const HINTS = {
  title: 'hint.title',
  summary: 'hint.summary',
  problem: 'hint.problem',
  whyThisCity: 'hint.whyThisCity',
  solution: 'hint.solution',
  cityRole: 'hint.cityRole',
  companyRole: 'hint.companyRole',
  impact: null,
  contactName: null,
} as const satisfies Record<TextName, string | null>;

/** A text of the draft: its name, its hint, its limit, saved when the proposer leaves it. */
export function DraftText({ draft, name, rows }: { draft: Draft; name: TextName; rows: number }) {
  const t = useT(proposalFormMessages);
  const td = useT(domainMessages);
  const hint = HINTS[name];
  const common = {
    label: td(`field.${name}`),
    name,
    required: true,
    value: draft.values[name],
    onChange: (v: string) => draft.setField(name, v),
    onBlur: () => void draft.save(),
    error: draft.fieldErrors[name],
    hint: hint ? t(hint) : undefined,
    maxLength: PROPOSAL_LIMITS[name].max,
  };
  return rows === 1 ? <TextField {...common} /> : <TextAreaField {...common} rows={rows} />;
}
