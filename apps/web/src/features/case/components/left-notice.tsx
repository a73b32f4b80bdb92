import { useLocation } from 'react-router';
import { caseMessages } from '@kyoso/i18n/catalogues/case';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { WORKFLOW_ACTIONS, type WorkflowAction } from '@kyoso/contracts/workflow';
import { Alert } from '../../../components/ui/feedback';
import { useT } from '../../../lib/i18n';
import { useFocusWhen } from '../../../lib/use-focus-when';

/** What a page is told when the reader's own action took the proposal away from them. */
export type LeftCase = { title: string; action: WorkflowAction };

/** The navigation state that carries it (`navigate(to, { state: leftCaseState(…) })`). */
export function leftCaseState(left: LeftCase): { leftCase: LeftCase } {
  return { leftCase: left };
}

function readLeftCase(state: unknown): LeftCase | null {
  if (typeof state !== 'object' || state === null || !('leftCase' in state)) {
    return null;
  }
  const left = state.leftCase;
  if (
    typeof left === 'object' &&
    left !== null &&
    typeof (left as LeftCase).title === 'string' &&
    (WORKFLOW_ACTIONS as readonly unknown[]).includes((left as LeftCase).action)
  ) {
    return left as LeftCase;
  }
  return null;
}

/**
 * "「…」: returned to the desk. It cannot be opened any more": shown on the page the reader was
 * taken to after an action that ended their access (a department returning a proposal).
 */
export function LeftCaseNotice() {
  const t = useT(caseMessages);
  const tw = useT(workflowMessages);
  const location = useLocation();
  const left = readLeftCase(location.state);
  const ref = useFocusWhen(left);
  if (!left) {
    return null;
  }
  return (
    <div ref={ref} tabIndex={-1}>
      <Alert
        kind="success"
        title={t('left.title', { title: left.title, done: tw(`action.${left.action}.done`) })}
      >
        <p>{t('left.body')}</p>
      </Alert>
    </div>
  );
}
