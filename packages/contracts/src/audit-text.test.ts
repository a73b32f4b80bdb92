import { describe, expect, it } from 'vitest';
import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { translator } from '@kyoso/i18n/core';
import { LANGUAGES, type Language } from '@kyoso/i18n/languages';
import { AUDIT_EVENT_ACTIONS, CONFIDENTIAL_READ_ACTIONS } from './audit';
import { auditActionLabel, auditActionOptions, type AuditActionWords } from './audit-text';
import { WORKFLOW_ACTIONS } from './workflow';

function words(language: Language): AuditActionWords {
  return {
    admin: translator(adminMessages, language),
    workflow: translator(workflowMessages, language),
  };
}

/**
 * Every action the API can write into the audit log: the audit events (`recordAuditEvent` takes
 * only these), the confidential reads and the workflow transitions of the timeline.
 */
const EVERY_ACTION = [
  ...AUDIT_EVENT_ACTIONS,
  ...Object.values(CONFIDENTIAL_READ_ACTIONS),
  ...WORKFLOW_ACTIONS.map((action) => `workflow.${action}`),
];

describe('the words of the audit log’s actions', () => {
  it('name every action the API writes, in Japanese and English (やさしい日本語 at least falls back)', async () => {
    const english = {
      admin: (await adminMessages.load.en()).default as Record<string, unknown>,
      workflow: (await workflowMessages.load.en()).default as Record<string, unknown>,
    };
    const missing: string[] = [];
    for (const action of EVERY_ACTION) {
      const workflow = action.startsWith('workflow.');
      const key = workflow
        ? `action.${action.slice('workflow.'.length)}.done`
        : `audit.action.${action}`;
      const ja = (workflow ? workflowMessages.ja : adminMessages.ja) as Record<string, unknown>;
      if (typeof ja[key] !== 'string') missing.push(`ja: ${action}`);
      if (typeof (workflow ? english.workflow : english.admin)[key] !== 'string') {
        missing.push(`en: ${action}`);
      }
      for (const language of LANGUAGES) {
        const label = auditActionLabel(action, words(language));
        if (!label || label === key || label === action) missing.push(`${language}: ${action}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives each action its own words', () => {
    for (const language of ['ja', 'en'] as const) {
      const labels = EVERY_ACTION.map((action) => auditActionLabel(action, words(language)));
      const repeated = labels.filter((label, i) => labels.indexOf(label) !== i);
      expect(repeated, language).toEqual([]);
    }
  });

  it('reuses the workflow’s words for a transition, and leaves a code it does not know as it is', () => {
    expect(auditActionLabel('workflow.submit', words('ja'))).toBe('提案を提出しました');
    expect(auditActionLabel('workflow.adopt', words('en'))).toBe('Adopted');
    expect(auditActionLabel('department.updated', words('en'))).toBe(
      'Department renamed, moved or its routing profile changed',
    );
    expect(auditActionLabel('workflow.unknown', words('ja'))).toBeNull();
    expect(auditActionLabel('legacy.thing', words('ja'))).toBeNull();
    expect(auditActionOptions(['department.retired', 'legacy.thing'], words('ja'))).toEqual([
      { value: 'department.retired', label: '部署を廃止しました（department.retired）' },
      { value: 'legacy.thing', label: 'legacy.thing' },
    ]);
  });
});
