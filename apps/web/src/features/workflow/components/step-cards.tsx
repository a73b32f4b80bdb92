import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { STEPS } from '@kyoso/contracts/workflow';
import { useT } from '../../../lib/i18n';

/** The six STEPs as cards: name, target time where the playbook gives one, and what happens. */
export function StepCards() {
  const tw = useT(workflowMessages);
  return (
    <ol className="step-cards">
      {STEPS.map(({ step, hasTarget }) => (
        <li key={step} className="card step-card">
          <p className="step-card__number">{tw('step.label', { step })}</p>
          <h3>{tw(`step.${step}.name`)}</h3>
          {hasTarget ? (
            <p className="step-card__time">
              {tw('step.target', { target: tw(`step.${step as 2 | 3}.target`) })}
            </p>
          ) : null}
          <p>{tw(`step.${step}.summary`)}</p>
        </li>
      ))}
    </ol>
  );
}
