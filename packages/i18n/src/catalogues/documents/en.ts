import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  'nda.proposal': 'Proposal: {reference}  {title}',
  'nda.noReference': '(no reference number)',
  'nda.parties': 'Party A: {city}  Party B: {proposer}',
  'nda.unsigned': '(not signed)',
  'nda.version': 'Version {version} of the agreement  SHA-256 of the text: {sha256}',
  'nda.signatures': 'Signatures',
  'nda.proposerParty': 'Party B (the proposer)',
  'nda.cityParty': 'Party A ({city})',
  'nda.organization': 'Organisation: {value}',
  'nda.signerTitle': 'Title: {value}',
  'nda.fullName': 'Name: {value}',
  'nda.signedAt': 'Signed: {value}',
  'nda.ip': 'IP address: {value}',
  'nda.device': 'Device: {value}',
  'nda.unknown': 'unknown',
  'nda.generated':
    'This document was produced by the co-creation portal on {date}. Both parties read the text above, agreed to it and signed it electronically.',
  'nda.page': '{page} / {pages}',

  'inboxCsv.column.referenceNumber': 'Reference',
  'inboxCsv.column.kind': 'Kind',
  'inboxCsv.column.theme': 'Theme',
  'inboxCsv.column.organization': 'Proposer',
  'inboxCsv.column.step': 'STEP',
  'inboxCsv.column.status': 'Status',
  'inboxCsv.column.leadDepartment': 'Lead department',
  'inboxCsv.column.transferCount': 'Transfers',
  'inboxCsv.column.daysWithoutDepartment': 'Days without a department',
  'inboxCsv.column.coordinator': 'Desk contact',
  'inboxCsv.column.submittedAt': 'Submitted',
  'inboxCsv.column.dueDate': 'Due date of the current stage',
  'inboxCsv.column.dueState': 'Deadline',
  'inboxCsv.column.calendar': 'Budget calendar',
  'inboxCsv.column.updatedAt': 'Last updated',
  'inboxCsv.afterCutoff': 'Submitted after the cutoff (budget from {fiscalYear})',
  'inboxCsv.truncated': {
    one: '(Too many proposals match: only the first {count} was exported. Narrow the filters.)',
    other: '(Too many proposals match: only the first {count} were exported. Narrow the filters.)',
  },
} satisfies CatalogueOf<typeof ja>;
