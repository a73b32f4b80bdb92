import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  'lead.desk':
    'Every submitted proposal. The first check is due within {screening} of submission, department acceptance within {acceptance} of routing.',
  'lead.department': 'Proposals your department leads or supports.',

  'filters.label': 'Filter proposals',
  'filters.q': 'Search',
  'filters.qHint': 'Searches title, summary, problem and solution (e.g. 見守り)',
  'filters.search': 'Search',
  'filters.all': 'All',
  'filters.status': 'Status',
  'filters.step': 'STEP',
  'filters.kind': 'Kind',
  'filters.theme': 'Theme',
  'filters.department': 'Department',
  'filters.due': 'Due',
  'filters.calendar': 'Budget calendar',
  'filters.calendar.any': 'Flagged',
  'filters.calendar.warning': 'Warning (needs budget)',
  'filters.sort': 'Sort',
  'filters.unassigned': 'Not taken yet',
  'filters.mine': 'Mine only',

  'sort.due': 'Due date (earliest first)',
  'sort.submitted': 'Submitted (newest first)',
  'sort.updated': 'Updated (newest first)',

  'due.overdue': 'Overdue',
  'due.due_soon': 'Due soon',

  count: { one: '{total} proposal', other: '{total} proposals' },
  countCapped: '{total} or more (narrow the filters to see them all)',
  export: 'Download as CSV (Excel)',
  none: 'No proposal matches these filters.',

  'table.label': 'Proposals',
  'table.caption': 'Proposals (page {page} of {pages})',
  'column.proposal': 'Proposal',
  'column.status': 'Status',
  'column.department': 'Department',
  'column.due': 'Due',
  'column.takenBy': 'Taken by',

  'row.afterCutoff': 'After the budget cutoff (budget from {fiscalYear})',
  'row.noDepartment': 'Not yet',
  'row.lead': 'Lead',
  'row.supporting': 'Supporting',
  'row.transfers': { one: '{count} transfer', other: '{count} transfers' },
  'row.daysWithoutDepartment': {
    one: '{count} day without a department',
    other: '{count} days without a department',
  },
  'row.awaitingAcceptance': 'Not accepted yet',
  'row.noDueDate': 'None',
  'row.nobody': 'Nobody yet',
} satisfies CatalogueOf<typeof ja>;
