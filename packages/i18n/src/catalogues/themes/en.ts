import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  'list.title': 'Themes (theme-based proposals)',
  'list.lead':
    'Challenges the city’s departments have published. Propose your solution to one, or send a free proposal.',
  'list.keywords': 'Keywords',
  'list.keywordsHint': 'e.g. 見守り (monitoring), 公園 (park)',
  'list.search': 'Search',
  'list.policyArea': 'Policy area',
  'list.allAreas': 'All areas',
  'list.window': 'Window',
  'list.allWindows': 'All',
  'list.count': { one: '{count} theme', other: '{count} themes' },
  'list.none': 'No theme matches.',
  'card.department': 'Department',
  'card.window': 'Open',
  'card.noClosingDate': 'no closing date',
  'card.period': '{opens} to {closes}',
  'theme.breadcrumb': 'Themes',
  'theme.background': 'Background',
  'theme.problem': 'The problem',
  'theme.outcomeWanted': 'The outcome wanted',
  'theme.resourcesOffered': 'What the city can offer',
  'theme.propose': 'Propose on this theme',
  'theme.closed': 'This theme is closed. You can still send a related free proposal.',
  'theme.upcoming': 'This theme is not open yet.',
  freeProposal: 'Send a free proposal',
  'home.open': 'Open themes',
  'home.none': 'No theme is open right now. Free proposals are welcome at any time.',
  'home.all': 'See all themes',
} satisfies CatalogueOf<typeof ja>;
