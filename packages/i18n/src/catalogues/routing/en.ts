import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  'report.intro':
    'How proposals fared after being routed to a department: accepted, returned or transferred, per department. The co-creation desk uses it to spot proposals that bounce between departments, and departments that leave proposals waiting, before it becomes a problem.',
  'report.inboxLink': 'See the individual proposals in the inbox',
  'report.totals': 'Overall',
  'report.transfers': 'Transfers in total',
  'report.proposalsWithTransfers': 'Proposals transferred at least once',
  'report.averageDaysWithoutDepartment': 'Average days until a department took charge',
  'report.count': '{number}',
  'report.days': { one: '{days} day', other: '{days} days' },
  'report.noData': 'No data yet',
  'report.byDepartment': 'By department',
  'report.none': 'No proposal has been routed to a department yet.',
  'report.caption': 'Routing, acceptance and returns per department (most returns first)',
  'report.tableLabel': 'Table of the departments',
  'column.department': 'Department',
  'column.routedAsLead': 'Routed as lead',
  'column.accepted': 'Accepted',
  'column.returned': 'Returned',
  'column.awaiting': 'Awaiting acceptance',
  'column.awaitingOverdue': 'Of which overdue',
  'column.averageDaysToAccept': 'Average days to accept',
  'report.needsAttention': ' (needs attention)',
  'notes.title': 'What the columns mean',
  'notes.routedAsLead':
    'How often the desk made the department the lead (including routing again after a return).',
  'notes.acceptedReturned.term': 'Accepted, returned',
  'notes.acceptedReturned':
    'How often the department took the proposal on, or sent it back to the desk as not theirs.',
  'notes.awaiting.term': 'Awaiting, overdue',
  'notes.awaiting':
    'Proposals routed to the department and not accepted yet, and how many of them are past the deadline for accepting.',
  'notes.averageDaysToAccept':
    'The average number of days from routing to acceptance, for the accepted proposals.',

  'suggestions.title': 'Suggested departments',
  'suggestions.none': 'No department matched the text. Choose one from the list.',
  'suggestions.reason.theme': '(the theme’s department)',
  'suggestions.reason.history': '(like proposals it accepted before)',
  'suggestions.reason.profile': '(matches its mission and keywords)',
  'suggestions.matched': 'Matched: {words}',
  'suggestions.choose': 'Make {department} the lead',
  'suggestions.chosen': '{department} chosen as lead',
} satisfies CatalogueOf<typeof ja>;
