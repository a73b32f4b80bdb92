import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  title: 'Budget calendar',
  lead: 'The city’s fiscal year runs from {start} to {end}. Today ({today}) is in the “{phase}” phase of {fiscalYear}.',
  'year.title': 'The year {fiscalYear}',
  'year.council': 'Council',
  'year.cutoff': 'Cutoff',
  'year.today': 'Today',
  'year.note':
    'Council sessions: {sessions}. Cutoff for new proposals aiming at next year’s initial budget: {cutoff}. November to March is the busy budget season.',
  'today.title': 'If I submit today',
  'today.received': 'Received on',
  'today.fiscalYear': 'Fiscal year',
  'today.cutoff': 'Cutoff for next year’s budget',
  'today.cutoffPassed': 'passed ({date})',
  'today.cutoffUntil': 'until {date}',
  'today.earliest': 'Earliest initial budget',
  'today.firstCheck': 'First check due',
  'today.firstCheckDue': '{date} (within {days})',
  'today.council': 'Next council session',
  'today.flag': 'After the cutoff',
  'noMoney.title': 'Routes that need no city money',
  'noMoney.1': 'A pilot on your own means (the city helps with a test field and coordination)',
  'noMoney.2': 'A city test field (public facilities, parks)',
  'noMoney.3': 'Regulatory and permit coordination',
  'noMoney.4': 'Publicity through the city and the credibility of working with it',
  'noMoney.5': 'For urgent needs, a supplementary budget',
  'phases.title': 'What the city does, and what to do, in each phase',
  'phase.heading': '{months}: {name}',
  'phase.now': 'Now',
  'phase.city': '<strong>The city:</strong> {text}',
  'phase.you': '<strong>You:</strong> {text}',
  'ics.title': 'Add the key dates to your calendar',
  'ics.body':
    'The start and end of the year, the council sessions, the cutoff and the busy season, for your calendar app (iCalendar).',
  'ics.download': '{fiscalYear} key dates (.ics)',
} satisfies CatalogueOf<typeof ja>;
