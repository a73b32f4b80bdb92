import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { STEPS, type Step } from '@kyoso/contracts/workflow';
import { useT } from '../../../lib/i18n';

/**
 * The six STEPs as a progress bar. An ended proposal (declined or withdrawn) shows the STEP it
 * reached, marked as stopped.
 */
export function StepProgress({ step, reached }: { step: Step; reached?: number | undefined }) {
  const tw = useT(workflowMessages);
  const current = step === 'end' ? (reached ?? 0) : step;
  const ended = step === 'end';
  return (
    <ol className={`steps${ended ? ' steps--ended' : ''}`} aria-label={tw('steps.label')}>
      {STEPS.map((s) => {
        const state =
          s.step < current ? 'done' : s.step === current ? (ended ? 'stopped' : 'current') : 'todo';
        return (
          <li
            key={s.step}
            className={`steps__item steps__item--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="steps__number" aria-hidden="true">
              {s.step}
            </span>
            <span className="steps__name">
              <span className="visually-hidden">{tw('step.label', { step: s.step })}: </span>
              {tw(`step.${s.step}.name`)}
              {state === 'todo' ? null : (
                <span className="visually-hidden">{tw(`steps.${state}`)}</span>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
