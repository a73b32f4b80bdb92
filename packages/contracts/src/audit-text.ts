/**
 * The words of the audit log's actions: a change or read named by the `admin` catalogue
 * (`audit.action.<action>`), a workflow transition by the words its timeline uses
 * (`workflow` catalogue, `action.<action>.done`). The API writes them into the CSV; the web shows
 * them in the reader's language, with the code beside them for administrators who search by it.
 */
import type { adminMessages } from '@kyoso/i18n/catalogues/admin';
import type { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { Translate } from '@kyoso/i18n/core';
import { isAdminNamedAuditAction } from './audit';
import { WORKFLOW_ACTIONS, type WorkflowAction } from './workflow';

/** The two catalogues the actions' words come from, in the reader's language. */
export type AuditActionWords = {
  admin: Translate<typeof adminMessages.ja>;
  workflow: Translate<typeof workflowMessages.ja>;
};

const WORKFLOW_PREFIX = 'workflow.';

function workflowActionOf(action: string): WorkflowAction | null {
  const name = action.startsWith(WORKFLOW_PREFIX) ? action.slice(WORKFLOW_PREFIX.length) : '';
  return (WORKFLOW_ACTIONS as readonly string[]).includes(name) ? (name as WorkflowAction) : null;
}

/** An action's words, or null for a code no catalogue names (one older versions wrote). */
export function auditActionLabel(action: string, words: AuditActionWords): string | null {
  if (isAdminNamedAuditAction(action)) {
    return words.admin(`audit.action.${action}`);
  }
  const workflow = workflowActionOf(action);
  return workflow ? words.workflow(`action.${workflow}.done`) : null;
}

/** The filter's choices: each action's words with its code, in the order given. */
export function auditActionOptions(
  actions: readonly string[],
  words: AuditActionWords,
): Array<{ value: string; label: string }> {
  return actions.map((action) => {
    const label = auditActionLabel(action, words);
    return {
      value: action,
      label: label ? words.admin('audit.actionOption', { label, code: action }) : action,
    };
  });
}
