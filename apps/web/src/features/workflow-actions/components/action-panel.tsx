import { useState } from 'react';
import { caseMessages } from '@kyoso/i18n/catalogues/case';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { Department } from '@kyoso/contracts/departments';
import type { Proposal } from '@kyoso/contracts/proposals';
import type { WorkflowAction } from '@kyoso/contracts/workflow';
import { useT } from '../../../lib/i18n';
import type { TransitionAnswer } from '../api/transition-proposal';
import { ACTION_FORMS } from './action-forms';

/** The workflow actions the reader may take now (the API says which), one form at a time. */
export function ActionPanel({
  proposal,
  actions,
  actionsWithOverride,
  departments,
  showSuggestions,
  audience,
  onDone,
}: {
  proposal: Pick<Proposal, 'id' | 'version'>;
  /** `can.actions`. */
  actions: readonly WorkflowAction[];
  /** `can.actionsWithOverride`: actions that need a reason to override a guard. */
  actionsWithOverride: readonly WorkflowAction[];
  departments: readonly Department[];
  showSuggestions: boolean;
  audience: 'proposer' | 'staff';
  onDone: (action: WorkflowAction, answer: TransitionAnswer) => void;
}) {
  const t = useT(caseMessages);
  const tw = useT(workflowMessages);
  const [open, setOpen] = useState<WorkflowAction | null>(null);
  if (actions.length === 0) {
    return null;
  }
  const Form = open ? ACTION_FORMS[open] : null;
  return (
    <section className="card action-panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('actions.title')}</h2>
      {open && Form ? (
        <Form
          proposal={proposal}
          action={open}
          withOverride={actionsWithOverride.includes(open)}
          departments={departments}
          showSuggestions={showSuggestions}
          audience={audience}
          onCancel={() => setOpen(null)}
          onDone={(answer) => {
            setOpen(null);
            onDone(open, answer);
          }}
        />
      ) : (
        <div className="button-row">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={`button${action === 'decline' || action === 'withdraw' ? ' button--danger-ghost' : ''}`}
              onClick={() => setOpen(action)}
            >
              {tw(`action.${action}.label`)}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
