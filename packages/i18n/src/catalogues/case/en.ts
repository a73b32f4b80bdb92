import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  'proposal.untitled': '(untitled proposal)',
  'proposal.notSubmitted': 'Not submitted',

  'status.current': 'Status',
  'status.next': 'Next',
  'status.dueDate': 'Expected by',
  'status.department': 'Department in charge',
  'status.supporting': 'Supporting',
  'status.submittedAt': 'Received',
  'calendar.title': 'Budget calendar',
  'declined.title': 'Why it was not taken forward',
  'draft.edit': 'Edit the draft',

  'tabs.label': 'About this proposal',
  'tabs.content': 'Proposal and timeline',
  'tabs.decision': 'Decision',
  'tabs.agreement': 'Agreement',
  'tabs.kpis': 'Logic model and KPIs',
  'tabs.evaluation': 'Evaluation',
  'tabs.messages': 'Messages',
  'tabs.dialogues': 'Dialogues',
  'tabs.accessLog': 'Access log',

  'content.title': 'The proposal',
  'content.summary': 'Summary',
  'content.confidential': 'Confidential',
  'content.redacted': 'This section is confidential. It can be read once the NDA is in effect.',
  'content.money': 'City money and resources',
  'content.estimate': 'estimate {amount}',
  'content.kpi': '{name}: {target}',

  'timeline.title': 'Timeline',
  'timeline.none': 'Nothing recorded yet.',
  'timeline.status': 'Status: {status}',

  'actions.title': 'What you can do',
  'actions.choose': 'Choose one',

  'left.title': '“{title}”: {done}',
  'left.body': 'Your department no longer has this proposal, so it cannot be opened any more.',

  'staff.similar.title': 'Similar proposals (duplicate check)',
  'staff.similar.lead':
    'Proposals from any department and year that share words, the theme or the proposer with this one, most similar first.',
  'staff.similar.none': 'No similar proposal was found.',
  'staff.similar.hidden': 'Another proposal (its title is not shown: you may not open it)',
  'staff.similar.fiscalYear': 'FY{year}',
  'staff.similar.words': 'Shared words: {words}',
  'staff.similar.separator': ', ',
  'staff.similar.sameTheme': 'On the same theme',
  'staff.similar.sameOrganization': 'From the same proposer (organisation)',
  'staff.transfers': 'Transfers',
  'staff.tabs.notes': 'Internal notes',
  'staff.decline.template': 'Start from a template',
  'staff.decline.templatePlaceholder': 'Pick one to fill in the reasons',
  'staff.decline.templateHint': 'Then edit the text to fit this proposal.',
  'staff.decline.reasonHint':
    'The proposer reads this. Give concrete reasons and what they can do next.',
  'staff.override.title': 'The proposer has not confirmed the record of Dialogue ② yet',
  'staff.override.body':
    'To send the proposal to internal review without their confirmation, write why. The proposer will see this reason.',
  'staff.visibility.public': 'The proposer sees this on the timeline and is told.',
  'staff.visibility.internal': 'A hand-off within the city: the proposer does not see it.',
} satisfies CatalogueOf<typeof ja>;
