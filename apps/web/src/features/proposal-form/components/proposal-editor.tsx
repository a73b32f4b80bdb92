import { useEffect, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { proposalFormMessages } from '@kyoso/i18n/catalogues/proposal-form';
import type { Proposal } from '@kyoso/contracts/proposals';
import { Alert, PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { useT } from '../../../lib/i18n';
import { FORM_STEPS, stepFromParam, type StepKey } from '../form-steps';
import { useDraft, type Draft } from '../hooks/use-draft';
import { SaveIndicator } from './save-indicator';
import { BudgetStep } from './steps/budget-step';
import { ContactStep } from './steps/contact-step';
import { ImpactStep } from './steps/impact-step';
import { OverviewStep } from './steps/overview-step';
import { ProblemStep } from './steps/problem-step';
import { ReviewStep } from './steps/review-step';
import { SolutionStep } from './steps/solution-step';

const STEP_COMPONENTS: Record<
  Exclude<StepKey, 'review'>,
  (props: { draft: Draft }) => ReactNode
> = {
  overview: OverviewStep,
  problem: ProblemStep,
  solution: SolutionStep,
  budget: BudgetStep,
  impact: ImpactStep,
  contact: ContactStep,
};

/**
 * The seven-step form of a draft, one step per address (`?step=3`), saved as the proposer types
 * (and kept in the browser until the server has it).
 */
export function ProposalEditor({
  initial,
  notice,
}: {
  initial: Proposal;
  /** Shown under the title (a resubmission's link to the declined proposal and its reasons). */
  notice?: ReactNode;
}) {
  const t = useT(proposalFormMessages);
  const ta = useT(appMessages);
  const td = useT(domainMessages);
  const draft = useDraft(initial);
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const stepNumber = stepFromParam(params.get('step'));
  const step = FORM_STEPS[stepNumber - 1] ?? FORM_STEPS[0];
  const kind = td(`kind.${initial.kind}`);
  const go = (n: number) => {
    void draft.save();
    setParams({ step: String(n) });
    window.scrollTo(0, 0);
  };
  useEffect(() => {
    document.querySelector<HTMLElement>('.page-title h1')?.focus();
  }, [stepNumber]);
  const StepContent = step.key === 'review' ? null : STEP_COMPONENTS[step.key];

  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.proposals}>{ta('nav.myProposals')}</Link>
      </p>
      <PageTitle
        lead={initial.theme ? t('editor.kindOnTheme', { kind, theme: initial.theme.title }) : kind}
      >
        {t('editor.title', {
          step: stepNumber,
          steps: FORM_STEPS.length,
          name: t(step.title),
        })}
      </PageTitle>
      {notice}
      {draft.restored ? <Alert kind="info">{t('editor.restored')}</Alert> : null}
      <SaveIndicator
        status={draft.status}
        savedAt={draft.savedAt}
        onRetry={() => void draft.save()}
      />
      <nav aria-label={t('editor.steps')}>
        <ol className="form-steps">
          {FORM_STEPS.map((s, i) => (
            <li key={s.key}>
              <Link
                to={`?step=${i + 1}`}
                aria-current={i + 1 === stepNumber ? 'step' : undefined}
                onClick={() => void draft.save()}
              >
                <span aria-hidden="true">{i + 1}.</span> {t(s.title)}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (stepNumber < FORM_STEPS.length) {
            go(stepNumber + 1);
          }
        }}
      >
        {StepContent ? (
          <StepContent draft={draft} />
        ) : (
          <ReviewStep draft={draft} onSubmitted={(p) => navigate(paths.proposalReceipt(p.id))} />
        )}
        <div className="button-row">
          {stepNumber > 1 ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => go(stepNumber - 1)}
            >
              {t('editor.back')}
            </button>
          ) : null}
          {stepNumber < FORM_STEPS.length ? (
            <button type="submit" className="button">
              {t('editor.next')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--ghost"
            onClick={() => void draft.save().then(() => navigate(paths.proposals))}
          >
            {t('editor.later')}
          </button>
        </div>
      </form>
    </>
  );
}
