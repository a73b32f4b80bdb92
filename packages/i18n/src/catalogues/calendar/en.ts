import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  'phase.execution.name': 'Budget execution',
  'phase.execution.city':
    'The city carries out this year’s initial budget. This is when it is most open to new thinking.',
  'phase.execution.advice':
    'Share problems and expertise and build trust. No business plan is needed yet.',
  'phase.planning.name': 'Planning next year',
  'phase.planning.city':
    'Next year’s plans are drafted; in October come the budget policy and the departments’ budget requests.',
  'phase.planning.advice':
    'Design the scheme together and get it into the city’s plan. Start the dialogue on a new theme by October.',
  'phase.budget_assessment.name': 'Budget assessment',
  'phase.budget_assessment.city': 'The budget is adjusted and assessed; the mayor holds hearings.',
  'phase.budget_assessment.advice':
    'Prepare projects already in the plan for April. A new proposal that needs city money can reach the initial budget of the year after next at the earliest.',
  'phase.budget_published.name': 'Budget process published',
  'phase.budget_published.city': 'The budget process is made public.',
  'phase.budget_published.advice':
    'Consider routes that need no city money (a pilot on your own means, a test field from the city).',
  'phase.mayor_assessment.name': 'Mayor’s assessment',
  'phase.mayor_assessment.city': 'The mayor assesses the budget.',
  'phase.mayor_assessment.advice':
    'This is the busy season, so new dialogues start slowly. Keep preparing your proposal.',
  'phase.budget_bill.name': 'Budget bill sent to council',
  'phase.budget_bill.city': 'The budget bill is fixed and sent to the city council.',
  'phase.budget_bill.advice': 'Get your problem and solution ready for dialogue from April.',
  'phase.council_deliberation.name': 'Council deliberation',
  'phase.council_deliberation.city': 'The council deliberates and passes the budget.',
  'phase.council_deliberation.advice':
    'Dialogue on new themes waits for April. Aim your proposal at the new fiscal year.',

  'session.single': '{firstMonth} {year} council session',
  'session.range': '{firstMonth}–{lastMonth} {year} council session',

  'flag.warning':
    'This proposal needs city money and arrives after the {cutoff} cutoff, so it cannot enter the {nextFiscalYear} initial budget. The earliest initial budget that can fund it is {earliestFiscalYear}. A supplementary budget, or a route that needs no city money (a pilot on your own means, a city test field, regulatory coordination), may be faster.',
  'flag.info':
    'The {cutoff} cutoff has passed, but this proposal needs no city money, so it is not held back. November to March is the city’s busy budget season, however, and new dialogues may start more slowly.',
  cutoff: '{day} {monthName}',
  'ics.calendarName': 'Co-creation budget calendar {fiscalYear}',
  'ics.fyStart.summary': '{fiscalYear} begins',
  'ics.fyStart.description':
    'The new initial budget starts. A good time to start a dialogue on a new theme.',
  'ics.cutoff.summary': 'Cutoff for proposals aiming at next year’s budget',
  'ics.cutoff.description':
    'A new proposal that needs city money can reach the {nextFiscalYear} initial budget if the dialogue starts by this day.',
  'ics.busy.summary': 'Budget busy season',
  'ics.busy.description':
    'Budget assessment and the council keep the city busy; new dialogues start slowly.',
  'ics.fyEnd.summary': '{fiscalYear} ends',
  'ics.fyEnd.description': 'The last day of the fiscal year.',
  'ics.council.budget': 'The session that passes next year’s initial budget.',
  'ics.council.regular': 'A regular council session (check the council’s own schedule for dates).',
} satisfies CatalogueOf<typeof ja>;
