import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  'page.title': 'Non-disclosure agreement (NDA)',
  'page.intro':
    'The NDA covers the parts of the proposal marked as confidential. It takes effect when both the proposer and the city (the lead department) have signed it on this page; the departments in charge can then read the confidential content.',
  'page.status': 'NDA status',
  'page.notStarted': 'Not started',
  'page.proposalStatus': 'Proposal status',
  'page.startedAt': 'Started',
  'page.back': 'Back to the proposal',

  'status.awaiting_proposer': 'Waiting for the proposer’s signature',
  'status.awaiting_city': 'Waiting for the city’s signature',
  'status.in_effect': 'Signed by both (in effect)',
  'status.void': 'Void',

  'next.proposer.open':
    'A department has accepted your proposal. Start the NDA below to read the agreement and sign it.',
  'next.notStarted':
    'The NDA has not been started yet. The lead department or the proposer starts it.',
  'next.beforeStep3':
    'Once a department has accepted the proposal (STEP 3), the lead department or the proposer starts the NDA.',
  'next.sign':
    'Read the agreement and sign it with the form below. The agreement takes effect once the city (the lead department) has signed too.',
  'next.awaitingProposer':
    'Waiting for the proposer to sign. After that, the lead department signs for the city.',
  'next.proposer.awaitingCity':
    'Thank you for signing. The city (the lead department) signs next; we will e-mail you when the agreement is in effect.',
  'next.inEffect':
    'Both parties have signed: the NDA is in effect. The departments in charge can read the confidential content.',
  'next.void': 'This NDA is void. Please contact the department in charge if you have questions.',

  'staff.next.open': 'Start the NDA below. The proposer will then be asked to sign it.',
  'staff.next.awaitingCity':
    'The proposer has signed. Waiting for the lead department to sign for the city.',

  'notice.opened': 'The NDA has been started.',
  'notice.signed': 'You have signed. Thank you.',

  'skippable.title': 'Nothing is confidential',
  'skippable.body':
    'Nothing in this proposal is marked as confidential, so the dialogue may start without an NDA.',

  'open.title': 'Start the NDA',
  'open.body':
    'The NDA is created on the current template. The proposer signs first, then the city.',
  'open.submit': 'Start the NDA',

  'agreement.title': 'The agreement',
  'agreement.name': 'Title',
  'agreement.version': 'Template version',
  'agreement.versionValue': 'Version {version}',
  'agreement.sha256': 'SHA-256 of the text',
  'agreement.fullText': '{title} (full text)',
  'agreement.japanese':
    'The agreement is in Japanese; the Japanese text is the one that is signed.',

  'download.signed': 'Download the signed agreement (PDF)',
  'download.draft': 'Download the agreement (PDF)',
  'download.draftNote':
    'Until both parties have signed, the PDF shows only the signatures made so far.',

  'signatures.title': 'Signatures',
  'signatures.proposer': 'The proposer',
  'signatures.city': 'The city',
  'signature.status': 'Status',
  'signature.signed': 'Signed',
  'signature.fullName': 'Full name',
  'signature.jobTitle': 'Title',
  'signature.organization': 'Organisation',
  'signature.department': 'Department',
  'signature.signedAt': 'Signed at',
  'signature.ip': 'IP address',
  'signature.device': 'Device',
  'signature.notRecorded': 'Not recorded',
  'signature.pending': 'Not signed yet.',

  'sign.heading': 'Sign as the proposer',
  'sign.intro':
    'Read the agreement above to the end, then give the name and title of the person signing. The time, IP address, device and the SHA-256 of the text are kept as the record of the signature.',
  'sign.jobTitleHint': 'e.g. Managing Director',
  'sign.consent': 'I have read the agreement above and agree to it.',
  'sign.submit': 'Sign',

  'countersign.heading': 'Countersign for the city',
  'countersign.intro':
    'As staff of the lead department, you sign on behalf of the city. The agreement then takes effect and the proposer is told. The time, IP address and device are kept as the record of the signature.',
  'countersign.department': 'Signing department',
  'countersign.jobTitleHint': 'e.g. Head of the Planning Section',
  'countersign.consent': 'I have read the agreement above and sign it on behalf of the city.',
  'countersign.submit': 'Countersign for the city',
  'countersign.next':
    'The proposer has signed. Read the agreement and countersign it for the city with the form below.',
  'countersign.done': 'You have signed for the city. The NDA is now in effect.',
  'countersign.todo': 'The proposer has signed. Please countersign for the city.',

  'summary.skippable': 'Nothing is marked confidential: the dialogue may start without an NDA',
  'summary.notSigned': 'Not signed yet',
  'summary.todo.sign': 'Please sign the NDA.',
  'summary.todo.open': 'Start the NDA before the dialogue on confidential content.',
  'summary.open': 'Open the NDA page',
} satisfies CatalogueOf<typeof ja>;
