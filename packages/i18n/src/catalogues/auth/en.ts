import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  email: 'E-mail address',
  password: 'Password',
  newPassword: 'New password',
  currentPassword: 'Current password',
  'password.hint':
    'At least 10 characters. Common passwords, and ones containing the name of this site or city (kyoso, kitakyushu…) or your e-mail address, are refused.',
  'password.show': 'Show the password',
  name: 'Your name',
  language: 'Language for e-mails and screens',
  'login.title': 'Log in',
  'login.submit': 'Log in',
  'login.noAccount': 'No account yet?',
  'login.forgot': 'Forgot your password?',
  'login.resend': 'Send the confirmation e-mail again',
  'login.resent': 'We sent the confirmation e-mail again. Open the link in it.',
  'register.title': 'Register as a proposer',
  'register.intro':
    'An account for companies and organisations proposing co-creation to the city. After registering, open the link in the confirmation e-mail to start. City staff accounts are created by an administrator.',
  'register.you': 'You',
  'register.organization': 'Your organisation',
  'organization.chooseKind': 'Choose one',
  'organization.corporateNumber': 'Corporate number (法人番号, 13 digits)',
  'organization.corporateNumberHint': 'Your National Tax Agency corporate number, if you have one.',
  'register.consent':
    'I agree to the <terms>terms of use</terms> and the <privacy>privacy policy</privacy>',
  'register.consentRequired': 'You need to agree to register.',
  'register.submit': 'Register',
  'register.done.title': 'Check your e-mail',
  'register.done.body':
    'We sent a confirmation e-mail to {email}. Open its link to finish registering (valid for 48 hours). If this address already has an account, the e-mail tells you how to log in or reset your password instead. If nothing arrives, check your spam folder.',
  'register.done.devHint': 'In development, the e-mail is in the <link>development mailbox</link>.',
  'verify.title': 'Confirm your e-mail address',
  'verify.done': 'Your e-mail address is confirmed. You can now log in.',
  'link.missing': 'This link is incomplete. Open the link from the e-mail as it is.',
  'forgot.title': 'Reset your password',
  'forgot.intro': 'Enter your e-mail address and we will send you a link to choose a new password.',
  'forgot.submit': 'Send the reset link',
  'forgot.done':
    'If this address has an account, we have sent it a reset link (valid for 60 minutes).',
  'reset.title': 'Choose a new password',
  'reset.welcomeTitle': 'Set your password',
  'reset.submit': 'Set the password',
  'reset.done': 'Your password is set. Log in with it.',
  'join.title': 'Join your organisation',
  'join.intro': 'Create the account {email} as a member of “{organization}”.',
  'join.submit': 'Create my account',
} satisfies CatalogueOf<typeof ja>;
