import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  title: 'My account',
  profile: 'Profile',
  'language.hint': 'The language of the screens and of the e-mails the portal sends you.',
  'digests.label': 'Send me the daily digest of deadlines by e-mail each business morning',
  changePassword: 'Change password',
  passwordChanged: 'Password changed. You were logged out everywhere else.',
  organization: 'Organisation',
  members: 'Members',
  membersIntro: 'Members can read and write the organisation’s proposals.',
  member: '{name} ({email})',
  notVerified: 'e-mail not confirmed',
  invite: 'Invite a colleague',
  inviteSent: 'We sent an invitation to {email}.',
  pendingInvitations: 'Pending invitations',
  invitation: '{email} (expires {date})',
  cancelInvitation: 'Cancel the invitation',
  invitationCancelled: 'The invitation to {email} is cancelled.',
} satisfies CatalogueOf<typeof ja>;
