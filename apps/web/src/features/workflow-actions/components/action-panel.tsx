import { useState } from 'react';
import { Link } from 'react-router';
import { caseMessages } from '@kyoso/i18n/catalogues/case';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { Department } from '@kyoso/contracts/departments';
import type { Proposal } from '@kyoso/contracts/proposals';
import type { WorkflowAction } from '@kyoso/contracts/workflow';
import { useT } from '../../../lib/i18n';
import type { TransitionAnswer } from '../api/transition-proposal';
import { ACTION_FORMS } from './action-forms';
import { decisionStep } from './decision-step';

/** The workflow actions the reader may take now (the API says which), one form at a time. */
export function ActionPanel({
  proposal,
  actions,
  actionsWithOverride,
  canRecordDecision,
  decisionHref,
  departments,
  showSuggestions,
  audience,
  onDone,
}: {
  proposal: Pick<Proposal, 'id' | 'version' | 'status' | 'decision'>;
  /** `can.actions`. */
  actions: readonly WorkflowAction[];
  /** `can.actionsWithOverride`: actions that need a reason to override a guard. */
  actionsWithOverride: readonly WorkflowAction[];
  /** `can.recordDecision`: adopt, hold and decline carry out the decision recorded first. */
  canRecordDecision: boolean;
  /** Where the decision is recorded (its tab on the case page). */
  decisionHref: string;
  departments: readonly Department[];
  showSuggestions: boolean;
  audience: 'proposer' | 'staff';
  onDone: (action: WorkflowAction, answer: TransitionAnswer) => void;
}) {
  const t = useT(caseMessages);
  const tr = useT(recordsMessages);
  const tw = useT(workflowMessages);
  const [open, setOpen] = useState<WorkflowAction | null>(null);
  const step = decisionStep({
    status: proposal.status,
    actions,
    canRecordDecision,
    decision: proposal.decision,
  });
  if (actions.length === 0 && !step) {
    return null;
  }
  const Form = open ? ACTION_FORMS[open] : null;
  return (
    <section className="card action-panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('actions.title')}</h2>
      {step && !open ? (
        <div className="alert alert--info">
          <p>
            {step.kind === 'record'
              ? tr('decision.actions.recordFirst')
              : tr(
                  step.kind === 'carry_out'
                    ? 'decision.actions.recorded'
                    : 'decision.actions.resumeFirst',
                  {
                    version: step.decision.version,
                    outcome: tr(`decision.outcome.${step.decision.outcome}`),
                  },
                )}
          </p>
          <p>
            <Link to={decisionHref} className={step.kind === 'record' ? 'button' : undefined}>
              {step.kind === 'record'
                ? tr('decision.actions.record')
                : tr('decision.actions.revise')}
            </Link>
          </p>
        </div>
      ) : null}
      {open && Form ? (
        <Form
          proposal={proposal}
          action={open}
          withOverride={actionsWithOverride.includes(open)}
          departments={departments}
          showSuggestions={showSuggestions}
          audience={audience}
          decision={step?.kind === 'carry_out' && step.action === open ? step.decision : null}
          onCancel={() => setOpen(null)}
          onDone={(answer) => {
            setOpen(null);
            onDone(open, answer);
          }}
        />
      ) : actions.length > 0 ? (
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
      ) : null}
    </section>
  );
}
