import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  'users.title': 'Accounts',
  'users.create': 'Create a staff account',
  'users.createIntro':
    'The person receives an e-mail with a link to set a password (valid for 7 days).',
  'users.created': 'Created {email} and sent the welcome e-mail.',
  'users.role': 'Role',
  'users.department': 'Department',
  'users.departmentHint':
    'Required for department staff. The co-creation desk and administrators may leave it empty.',
  'users.chooseDepartment': 'Choose a department',
  'users.status': 'Status',
  'users.active': 'Active',
  'users.disabled': 'Disabled',
  'users.pendingPassword': 'Password not set',
  'users.disable': 'Disable',
  'users.enable': 'Enable',
  'users.toggleFor': '{action}: {email}',
  'users.search': 'Search name or e-mail',
  'users.all': 'All roles',
  'users.departmentOrOrganization': 'Department / organisation',
  'users.createdAt': 'Created',
  'users.caption': 'Accounts',
  'users.none': 'No account matches.',

  'ndaTemplates.intro':
    'Manage the template of the NDA that proposers and the city sign. A new version is used for every NDA started after it is saved.',
  'ndaTemplates.hashIntro':
    'Each version is identified by the SHA-256 of its text. NDAs already under way or signed keep the exact text they were signed on. Saving a text identical to an earlier version makes that version current again.',
  'ndaTemplates.version': 'Version {version}',
  'ndaTemplates.saved': 'Version {version} is saved. NDAs started from now on use it.',
  'ndaTemplates.reactivated':
    'Version {version} has the same text and is the current template again.',
  'ndaTemplates.versions': 'Versions',
  'ndaTemplates.empty':
    'No template yet. NDAs cannot be started without one: save the first version with the form below.',
  'ndaTemplates.caption': 'NDA template versions, newest first',
  'ndaTemplates.tableLabel': 'Table of the versions',
  'ndaTemplates.column.version': 'Version',
  'ndaTemplates.column.title': 'Title',
  'ndaTemplates.column.createdAt': 'Created',
  'ndaTemplates.column.status': 'Status',
  'ndaTemplates.current': 'Current template',
  'ndaTemplates.earlier': 'Earlier version',
  'ndaTemplates.fullTexts': 'Full text of each version',
  'ndaTemplates.summary': 'Version {version}: {title}',
  'ndaTemplates.summaryCurrent': 'Version {version}: {title} (current)',
  'ndaTemplates.fullText': 'Full text of version {version}',
  'ndaTemplates.new': 'Add a new version',
  'ndaTemplates.startsFromCurrent':
    'The form holds the text of the current template (version {version}). Edit it and save.',
  'ndaTemplates.startsFromStandard': 'The form holds the standard text. Edit it and save.',
  'ndaTemplates.title': 'Title',
  'ndaTemplates.body': 'Text',
  'ndaTemplates.bodyHint':
    'The text is used exactly as written, line breaks included, on screen and in the PDF. Do not repeat the title in the text.',
  'ndaTemplates.submit': 'Save as a new version',
  'ndaTemplates.loadStandard': 'Load the standard text',

  'calendar.intro':
    'The budget-calendar guide, the after-cutoff check on proposals, the earliest fiscal year that could fund a proposal and the next council session are all computed from these settings. A change applies to every page and the API as soon as it is saved, and is recorded.',
  'calendar.saved': 'The settings are saved.',
  'calendar.seeCalendar': 'See the budget calendar',
  'calendar.yearAndCutoff': 'Fiscal year and budget cutoff',
  'calendar.fiscalYearStartMonth': 'Month the fiscal year starts',
  'calendar.cutoffMonth': 'Cutoff for next year’s budget (month)',
  'calendar.cutoffDay': 'Cutoff for next year’s budget (day)',
  'calendar.cutoffDayHint':
    'Proposals needing city money that arrive after this day carry the after-cutoff warning.',
  'calendar.day': '{day}',
  'calendar.sessions': 'Council sessions',
  'calendar.sessionsHint':
    'Choose the first and last month of each session (it may run across the new year, e.g. February to March).',
  'calendar.session': 'Session {number}',
  'calendar.session.from': 'Session {number}: first month',
  'calendar.session.to': 'Session {number}: last month',
  'calendar.session.remove': 'Remove session {number}',
  'calendar.session.add': 'Add a session',
} satisfies CatalogueOf<typeof ja>;
