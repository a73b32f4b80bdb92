import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  title: 'Development mailbox',
  intro:
    'With no SMTP server configured (development), the e-mails the portal sends are kept here. Never shown in production.',
  unavailable:
    'This server has no development mailbox (production, or an SMTP server is configured).',
  empty: 'No e-mail yet.',
  to: 'To: {to}',
  refresh: 'Refresh',
  html: 'HTML version',
  text: 'Text version',
  links: 'Links in this e-mail',
  summary: '{to} · {sentAt}',
} satisfies CatalogueOf<typeof ja>;
