import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  'layout.subject': '[kyoso] {subject}',
  'layout.greeting': 'Dear {name},',
  'layout.greetingUnnamed': 'Hello,',
  'layout.quoteHeading': '[{label}]',
  'layout.footer': 'This is an automated message; replies are not read.',

  'fact.reference': 'Reference',
  'fact.status': 'Status',
  'reference.none': 'no reference yet',
  'button.openProposal': 'Open the proposal',
  'button.resetPassword': 'Reset my password',

  'verifyEmail.subject': 'Please confirm your e-mail address',
  'verifyEmail.body':
    'Thank you for registering with the co-creation portal.\nConfirm your e-mail address with the button below. After that you can write and submit proposals.',
  'verifyEmail.button': 'Confirm my e-mail address',
  'verifyEmail.note': {
    one: 'The link works once and expires in {count} hour. If you did not register, you can ignore this e-mail.',
    other:
      'The link works once and expires in {count} hours. If you did not register, you can ignore this e-mail.',
  },

  'passwordReset.subject': 'Reset your password',
  'passwordReset.body':
    'We received a request to reset your password. Choose a new password with the button below.',
  'passwordReset.note': {
    one: 'The link works once and expires in {count} minute. If you did not ask for this, ignore this e-mail: your password stays as it is.',
    other:
      'The link works once and expires in {count} minutes. If you did not ask for this, ignore this e-mail: your password stays as it is.',
  },

  'passwordChanged.subject': 'Your password was changed',
  'passwordChanged.body':
    'The password of your account was changed, and every other login was ended.',
  'passwordChanged.note':
    'If you did not do this, reset your password now with the link below and contact the co-creation desk.',

  'staffWelcome.subject': 'Your staff account is ready',
  'staffWelcome.body':
    'An account was created for you on the co-creation portal with the role "{role}". Set your password with the button below to start.',
  'staffWelcome.button': 'Set my password',
  'staffWelcome.note': {
    one: 'The link works once and expires in {count} day.',
    other: 'The link works once and expires in {count} days.',
  },

  'invitation.subject': 'Invitation to join {organization}',
  'invitation.body':
    '{inviter} invited you to join "{organization}" on the co-creation portal. Members can read and write the organisation’s proposals.',
  'invitation.button': 'Accept and create my account',
  'invitation.note': {
    one: 'The link expires in {count} day. If you were not expecting this, ignore this e-mail.',
    other: 'The link expires in {count} days. If you were not expecting this, ignore this e-mail.',
  },

  'statusChanged.subject': 'Your proposal is now "{status}" ({reference})',
  'statusChanged.body': 'The status of your proposal has changed.',
  'statusChanged.reasonLabel': 'Message from the city',
  'statusChanged.next': 'Next: {next}',
  'statusChanged.button': 'Open the proposal',

  'received.subject': 'Proposal received ({reference})',
  'received.body':
    'Thank you: we have received your proposal. Please quote the reference number when you contact us.',
  'received.submittedOn': 'Received on',
  'received.screeningDue': 'First check due',
  'received.screeningDueValue': '{date} (within {days})',
  'received.next':
    'Next: the co-creation desk checks the proposal (first check), finds the right department and hands it over. If we need more information, we will ask on the portal and by e-mail. You can follow the status on the portal at any time.',
  'received.calendarLabel': 'About the budget calendar',
  'received.button': 'See the status',

  'assigned.subject': 'A proposal was routed to you ({reference})',
  'assigned.body': 'The co-creation desk has routed a proposal to your department.',
  'assigned.role': 'Your role',
  'assigned.role.lead': 'lead department',
  'assigned.role.supporting': 'supporting department',
  'assigned.decideBy': 'Decide by',
  'assigned.decideByValue': '{date} (within {days})',
  'assigned.noteLabel': 'Note from the desk',
  'assigned.leadAsk':
    'Please review it and accept it as lead, or return it to the desk with a reason.',

  'returned.subject': 'A department returned a proposal ({reference})',
  'returned.body': '{department} returned this proposal to the desk. Please route it again.',
  'returned.reasonLabel': 'Reason',

  'mention.subject': 'You were mentioned in an internal note ({reference})',
  'mention.body':
    '{author} mentioned you in an internal note on “{title}”. Internal notes are never shown to the proposer.',
  'mention.noteLabel': 'Note',

  'message.subject': 'New message ({reference})',
  'message.body': '{from} sent a message about “{title}”. Please reply on the portal.',
  'message.quoteLabel': 'Message',
  'message.button': 'Read and reply',

  'nda.signed.subject': 'The proposer signed the NDA ({reference})',
  'nda.signed.body':
    'The proposer signed the NDA for “{title}”. Please review it and countersign for the city.',
  'nda.inEffect.subject': 'The NDA is in effect ({reference})',
  'nda.inEffect.body':
    'The NDA for “{title}” is signed by both sides. You can download the signed agreement (PDF) on the portal, and see who viewed confidential information on the proposal page.',
  'nda.button': 'Open the NDA',

  'dialogue.subject': 'Please review the record of dialogue {round} ({reference})',
  'dialogue.body':
    'The department recorded dialogue {round} of {heldOn} on “{title}”. Please confirm the record or add a comment.',
  'dialogue.button': 'Review the record',

  'digest.subject': 'Deadlines: {overdue} overdue, {dueSoon} due soon ({date})',
  'digest.body': 'Deadlines as of {date}.',
  'digest.dueSoonWithin': 'Due within {days}',
  'digest.count': { one: '{count} proposal', other: '{count} proposals' },
  'digest.item': '{reference} {title} (due {due}, {status})',
  'digest.more': {
    one: '{count} more in the inbox.',
    other: '{count} more in the inbox.',
  },
  'digest.button': 'Open the inbox',

  'departmentDigest.subject':
    '{department}: {overdue} overdue, {dueSoon} due soon, {kpis} KPI reports to verify ({date})',
  'departmentDigest.body':
    'As of {date}: the deadlines of the proposals {department} leads, and the KPI reports waiting for your verification.',
  'departmentDigest.kpis': 'KPI reports to verify',
  'departmentDigest.kpiCount': { one: '{count} report', other: '{count} reports' },
  'departmentDigest.kpiItem': '{reference} {title}: {kpi} ({period}, reported {reportedOn})',
  'departmentDigest.optOut':
    'If you do not need this e-mail, you can turn the daily digests off on your account page.',
  'departmentDigest.account': 'Open my account settings',
  'handover.subject': '{to} takes over from {from}',
  'handover.body':
    'As part of a reorganisation, an administrator has handed the work of {from} over to {to}. From now on, {to} is in charge of what is listed below.',
  'handover.proposals': {
    one: 'Proposal handed over ({count})',
    other: 'Proposals handed over ({count})',
  },
  'handover.proposalItem': '{reference} {title} ({role})',
  'handover.themes': { one: 'Theme handed over ({count})', other: 'Themes handed over ({count})' },
  'handover.next':
    'Each proposal’s page shows its deadlines and what has happened so far. Start by checking the proposals in your inbox.',
  'escalation.subject': 'A stage is {days} overdue ({reference})',
  'escalation.body':
    'The stage “{status}” of “{title}” was due on {due} and is now {days} overdue. Please follow it up with the department in charge.',
  'escalation.department': 'Lead department',
  'escalation.status': 'Stage',
  'escalation.due': 'Due',
  'escalation.overdue': 'Overdue by',
  'escalation.button': 'Open the proposal',

  'registrationAttempt.subject': 'Someone tried to register with your e-mail address',
  'registrationAttempt.body':
    'Someone asked to register a new account on the co-creation portal with this e-mail address. You already have an account with this address, so no new account was created.',
  'registrationAttempt.advice':
    'If it was you, log in with your existing account. If you forgot your password, choose a new one with “Reset my password”.',
  'registrationAttempt.login': 'Log in',
  'registrationAttempt.note':
    'If it was not you, you can ignore this e-mail: your account and password have not changed.',
  'statusChanged.dueDate': 'Next expected date: {date}',
  'caseUpdate.subject': '{headline} ({reference})',
  'caseUpdate.body': 'This happened on “{title}”:',
  'caseUpdate.button': 'See it on the portal',
  'reportDue.subject': 'A KPI report is due soon ({reference})',
  'reportDue.body':
    'For “{title}”, the actual value of the KPI “{kpi}” for {period} is due on {dueOn}.',
  'reportDue.advice':
    'Report it in the KPI section of the portal, with a short explanation (and evidence if you have it).',
  'reportDue.button': 'Report the KPI',
  'verificationWaiting.subject': 'A KPI report is waiting for verification ({reference})',
  'verificationWaiting.body':
    'For “{title}”, the actual value of the KPI “{kpi}” for {period} was reported on {reportedOn} and is waiting for verification.',
  'verificationWaiting.advice':
    'Read it, then verify it or ask the proposer a question (the target is {days}).',
  'verificationWaiting.button': 'Review the report',
  'holdResumed.subject': 'The review of a proposal on hold resumes ({reference})',
  'holdResumed.body':
    'The hold of “{title}” ended on {resumeOn}. It is back in the lead department’s inbox.',
  'holdResumed.advice': 'Record the city’s decision again, then adopt, hold or decline it.',
  'themeAnswered.subject': 'Your question on a theme has been answered',
  'themeAnswered.body': 'The department has answered your question on the theme “{theme}”.',
  'themeAnswered.questionLabel': 'Your question',
  'themeAnswered.answerLabel': 'Answer',
  'themeAnswered.public':
    'The answer is published on the theme’s page for everyone to read. Your name and organisation are never shown.',
  'themeAnswered.button': 'See the theme',
  'themeClosing.subject': 'A theme closes on {closesOn} (you have a draft on it)',
  'themeClosing.body':
    'Your draft “{title}” is on the theme “{theme}”, whose call closes on {closesOn}. After that day it can no longer be submitted on this theme.',
  'themeClosing.button': 'Open the draft and submit it',
  'themeClosing.free':
    'If you cannot make it, you can submit the same content as a free proposal at any time: start a new free proposal and copy your draft into it.',
  'themeClosing.freeButton': 'Start a free proposal',
  'themeStatus.submitted.subject': 'A theme is waiting for your review',
  'themeStatus.submitted.body':
    'A department submitted the theme “{theme}”. Review it, then publish it or send it back with comments.',
  'themeStatus.published.subject': 'Your theme is published',
  'themeStatus.published.body':
    'The co-creation desk reviewed and published the theme “{theme}”. You can answer the questions it receives from the theme’s page.',
  'themeStatus.sent_back.subject': 'Your theme was sent back',
  'themeStatus.sent_back.body':
    'The co-creation desk sent the theme “{theme}” back. Read the comments, correct it and submit it again.',
  'themeStatus.commentLabel': 'Comments from the desk',
  'themeStatus.button': 'Open the theme',
} satisfies CatalogueOf<typeof ja>;
