import { describe, expect, it } from 'vitest';
import { ACTIONS, WORKFLOW_ACTIONS } from '@kyoso/contracts/workflow';
import { ACTION_FORMS } from './action-forms';
import { TextActionForm } from './text-action-form';

describe('the form of each workflow action', () => {
  it.each(WORKFLOW_ACTIONS.filter((action) => ACTION_FORMS[action] === TextActionForm))(
    '%s takes free texts only (the generic form shows every field the table lists)',
    (action) => {
      const fields = Object.keys(ACTIONS[action].fields);
      expect(fields.filter((f) => !['reason', 'message', 'comment'].includes(f))).toEqual([]);
    },
  );

  it.each(WORKFLOW_ACTIONS.filter((action) => ACTION_FORMS[action] !== TextActionForm))(
    '%s has a form of its own, for fields beyond free texts',
    (action) => {
      const fields = Object.keys(ACTIONS[action].fields);
      expect(fields.some((f) => !['reason', 'message', 'comment'].includes(f))).toBe(true);
    },
  );
});
