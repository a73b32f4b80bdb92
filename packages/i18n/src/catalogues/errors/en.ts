import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  'request.invalid_body': 'Some fields are not valid. Please check each field.',
  'request.invalid_query': 'The query parameters are not valid.',
  'request.invalid_params': 'The address is not valid.',
  'request.invalid_headers': 'A request header is not valid.',
  'request.malformed': 'The request could not be read.',
  'request.body_too_large': 'The request is too large.',
  'request.unsupported_media_type': 'This content type is not accepted.',
  'request.not_found': 'Nothing was found at this address.',
  'request.rate_limited': 'Too many requests. Please wait a moment and try again.',
  'auth.unauthenticated': 'Please log in.',
  'auth.invalid_credentials': 'The e-mail address or password is incorrect.',
  'auth.too_many_attempts':
    'Too many failed logins. Wait a while and try again. If you forgot your password, reset it with “Forgot your password?” on the login page.',
  'auth.email_not_verified':
    'Your e-mail address is not verified yet. Open the link in the e-mail we sent you.',
  'auth.account_disabled': 'This account is disabled. Please contact the co-creation desk.',
  'auth.forbidden': 'You are not allowed to do this.',
  'auth.cross_site_request': 'Requests from another site are not accepted.',
  'auth.email_taken': 'This e-mail address is already registered. Log in or reset your password.',
  'auth.token_invalid': 'This link is invalid or has expired. Please request a new one.',
  'auth.weak_password': 'This password cannot be used.',
  'auth.wrong_password': 'The current password is incorrect.',
  'users.not_found': 'User not found.',
  'users.department_required': 'Department staff must belong to a department.',
  'organizations.not_found': 'Organisation not found.',
  'organizations.already_member': 'This person is already a member.',
  'organizations.invitation_invalid':
    'This invitation is invalid or has expired. Ask the person who invited you to send it again.',
  'departments.not_found': 'Department not found.',
  'departments.has_open_proposals':
    'This department still has open proposals. Hand them over to another section before retiring it.',
  'detail.departments.open_proposals':
    'This department still has {count} open proposals. Hand them over to another section before retiring it.',
  'departments.has_open_themes':
    'This department still has themes in preparation or open for proposals. Hand them over to another section, with the proposals, before retiring it.',
  'detail.departments.open_themes':
    'This department still has {count} themes in preparation or open for proposals ({titles}). Hand them over to another section, with the proposals, before retiring it.',
  'departments.has_children':
    'Departments under this one are still in use. Move or retire them first.',
  'departments.retired': 'This department has been retired.',
  'departments.invalid_parent':
    'That parent is not possible: a section goes under a division and a division under a bureau (not under itself or its own departments).',
  'departments.code_taken': 'This department code is already in use.',
  'departments.invalid_handover':
    'Hand over to another section that is in use (not the co-creation desk).',
  'proposals.not_found': 'Proposal not found.',
  'proposals.incomplete':
    'Some required parts of the proposal are missing. Please check the fields shown.',
  'proposals.already_assigned': 'Another coordinator has already taken this proposal.',
  'proposals.closed': 'This proposal is closed.',
  'proposals.not_editable': 'A submitted proposal can no longer be edited.',
  'themes.not_found': 'Theme not found.',
  'themes.closed':
    'This theme is not open for proposals now. You can send a free proposal instead.',
  'themes.closed_for_submission':
    'The call for this theme has closed, so proposals on it can no longer be submitted. You can still submit it as a free proposal.',
  'detail.themes.closed_on':
    'The call for “{title}” closed on {closesOn}, so proposals on this theme can no longer be submitted. You can still submit it as a free proposal.',
  'themes.wrong_status':
    'This theme cannot be changed this way in its current state. Reload the page to see where it stands.',
  'themes.question_not_found': 'The question was not found.',
  'themes.already_answered': 'This question has already been answered.',
  'validation.themes.closes_before_opening':
    'The closing date must be on or after the opening date.',
  'validation.themes.resource_twice': 'Choose each kind of resource only once.',
  'attachments.not_found': 'Attachment not found.',
  'attachments.too_large': 'The file is too large: 10 MB at most per file.',
  'attachments.too_many':
    'A proposal can carry at most 10 files. Remove one before adding another.',
  'attachments.unsupported_type':
    'This kind of file cannot be attached. Choose a PDF, a PNG or JPEG image, or a Word, Excel or PowerPoint file (the file’s content is checked, not its name).',
  'attachments.missing_file': 'Choose a file.',
  'attachments.confidential':
    'This file is confidential. It can be opened once the NDA is in effect.',
  'ndas.not_found': 'No non-disclosure agreement was found.',
  'ndas.no_template': 'No NDA template has been set up yet. Please contact an administrator.',
  'ndas.already_open': 'An NDA for this proposal is already under way.',
  'ndas.wrong_stage': 'The NDA can be signed once a department has accepted the proposal (STEP 3).',
  'ndas.not_signable':
    'This signature is not possible now. Reload the page to see the current state.',
  'ndas.text_changed': 'The agreement text has changed. Read the current text before signing.',
  'dialogues.not_found': 'Dialogue record not found.',
  'dialogues.not_in_dialogue':
    'Dialogue records can be added while the proposal is in dialogue (STEP 3).',
  'dialogues.round_1_first': 'Record dialogue ① (purpose, value, roles, business model) first.',
  'dialogues.confirmed':
    'The proposer has confirmed this record: add a comment instead of changing it.',
  'dialogues.round_recorded':
    'This dialogue has already been recorded. To change it, correct the existing record.',
  'notes.invalid_mention': 'You can only mention colleagues who can see this proposal.',
  'request.idempotency_mismatch':
    'The same idempotency key was sent with a different request. Reload and try again.',
  'workflow.invalid_routing': 'The departments chosen are not valid.',
  'workflow.action_not_allowed':
    'This action is not possible in the current status. Reload the page to see the latest status.',
  'workflow.forbidden': 'You are not allowed to take this action.',
  'workflow.version_conflict':
    'Someone else updated this proposal first. Reload the page and try again.',
  'workflow.precondition_failed': 'A required step has not been completed yet.',
  'dev.mailbox_disabled': 'The development mailbox is not available.',
  'internal.error':
    'Something went wrong on our side. Please try again later, or contact the co-creation desk if it persists.',
  'service.unavailable': 'The service is unavailable right now. Please try again in a moment.',
  'service.busy': 'The service is very busy right now. Please try again in a moment.',
  'validation.common.invalid_id': 'This id is not valid.',
  'validation.common.invalid_date': 'Enter the date as YYYY-MM-DD.',
  'validation.common.required': 'This field is required.',
  'validation.auth.password_too_short': 'Use at least 10 characters for the password.',
  'validation.auth.password_too_long': 'Use at most 200 characters for the password.',
  'validation.auth.password_too_common':
    'This password is too common and easy to guess. Choose another one.',
  'validation.auth.password_contains_email': 'The password must not contain your e-mail address.',
  'validation.auth.passwords_do_not_match': 'The two passwords do not match.',
  'validation.organizations.corporate_number_format':
    'The corporate number (法人番号) must be 13 digits.',
  'validation.organizations.corporate_number_check_digit':
    'This corporate number (法人番号) is not valid: its check digit does not match. Please check the number.',
  'validation.proposals.invalid_year_month': 'Enter the month as YYYY-MM (e.g. 2027-04).',
  'validation.proposals.estimate_required': 'Give an estimate when a new city budget is needed.',
  'validation.ndas.consent_required': 'Tick the box to agree.',
  'validation.calendar.cutoff_day_not_in_month':
    'That month does not have this day every year. Choose a day every year has (up to the 28th in February).',
  'validation.calendar.council_month_repeated':
    'A month belongs to more than one council session. Sessions must not overlap.',
  'validation.workflow.reason_required': 'Please give a reason.',
  'validation.workflow.reason_codes_required': 'Choose at least one reason category.',
  'validation.required_field': '“{field}” is required.',
  'validation.select_required': 'Choose “{field}”: it is required.',
  'validation.date_required': 'Enter a date for “{field}”: it is required.',
  'validation.auth.password_contains_site_name':
    'Passwords containing the name of this site or city (“{word}”) are easy to guess. Choose another one.',
  'validation.auth.password_too_repetitive':
    'This password repeats the same characters too much and is easy to guess. Choose another one.',
  'detail.workflow.lead_also_supporting':
    'The lead department cannot also be a supporting department.',
  'detail.workflow.desk_cannot_be_assigned':
    'The co-creation desk cannot be the department in charge.',
  'detail.workflow.resume_date_in_past': 'The resume date must be in the future.',
  'detail.workflow.override_reason_required':
    'Say why you go ahead without the proposer’s confirmation (the proposer will read it).',
  'detail.themes.closes_before_opening': 'The closing date must be after the opening date.',
  'detail.request.idempotency_key_format':
    'Idempotency-Key: 8–200 characters of A–Z, a–z, 0–9, _ . : -',
  'detail.calendar.date_not_exist': 'This date does not exist.',
  'request.invalid_multipart':
    'The form with the file could not be read (it was cut off or is not valid form data). Choose the file again and send it again.',
  'request.uri_too_long': 'The address (URL) is too long. Check that the link is correct.',
  'request.headers_too_large':
    'The address (URL) or the request headers are too long. Check the link; if that does not help, clear this site’s cookies in your browser.',
  'request.timeout': 'The request took too long to arrive. Check your connection and try again.',
  'auth.account_locked':
    'There were many failed logins to this account from several places, so logins are paused for safety. Reset your password with “Forgot your password?” on the login page to log in at once (otherwise the pause ends within about an hour).',
  'detail.auth.throttled_network': {
    one: 'Too many wrong passwords from this network. Try again in {count} minute.',
    other: 'Too many wrong passwords from this network. Try again in {count} minutes.',
  },
  'detail.auth.throttled_device': {
    one: 'Too many wrong passwords from this device. Try again in {count} minute. If you forgot your password, reset it with “Forgot your password?” on the login page and you can log in at once.',
    other:
      'Too many wrong passwords from this device. Try again in {count} minutes. If you forgot your password, reset it with “Forgot your password?” on the login page and you can log in at once.',
  },
  'validation.common.unstorable_text':
    'This contains a character that cannot be used (a NUL character or a broken character code). Retype the pasted text and send it again.',
  'issue.wrong_type': 'This value has the wrong type.',
  'issue.too_short': 'Enter at least {min} characters.',
  'issue.too_few': 'Give at least {min}.',
  'issue.too_small': 'Enter a value of at least {min}.',
  'issue.too_long': 'Use at most {max} characters.',
  'issue.too_many': 'Give at most {max}.',
  'issue.file_too_large': 'The file is too large.',
  'issue.too_big': 'Enter a value of at most {max}.',
  'issue.email': 'Enter a valid e-mail address (e.g. name@example.com).',
  'issue.datetime': 'This date and time is not valid.',
  'issue.url': 'Enter a valid URL.',
  'issue.format': 'This value is not in the expected format.',
  'issue.choose_option': 'Choose one of the options.',
  'issue.unexpected_fields': 'Unexpected fields were sent.',
  'issue.other': 'Please check this value.',
  'decisions.not_deciding':
    'A decision can be recorded while the proposal is under internal review or on hold.',
  'decisions.version_conflict':
    'Someone else updated the decision first. Reload it, then save again.',
  'agreements.not_open':
    'The agreement can be recorded for an adopted proposal until it is signed.',
  'agreements.version_conflict':
    'Someone else updated the agreement first. Reload it, then save again.',
  'agreements.not_found': 'No agreement has been recorded yet.',
  'agreements.stale_version':
    'There is a newer version than the one you confirmed. Read the latest terms, then confirm.',
  'agreements.summary_changed':
    'The public summary has changed. Read the latest text, then give your consent.',
  'agreements.no_document': 'No signed agreement has been uploaded yet.',
  'kpis.not_open': 'The logic model and KPIs can be edited from adoption until the evaluation.',
  'kpis.version_conflict': 'Someone else updated the KPIs first. Reload them, then save again.',
  'kpis.not_found': 'KPI not found.',
  'kpis.report_not_found': 'KPI report not found.',
  'kpis.report_exists':
    'This period has already been reported. If the city asks a question, you can correct it in your answer.',
  'kpis.not_reporting':
    'Actuals can be reported once the agreement is signed, while the project runs and during the evaluation.',
  'kpis.report_state': 'This report cannot take that action in its current state.',
  'evaluations.not_open':
    'The evaluation can be recorded while the proposal is being evaluated (STEP 6).',
  'evaluations.version_conflict':
    'Someone else updated the evaluation first. Reload it, then save again.',
  'evaluations.not_found': 'No evaluation has been recorded yet.',
  'proposals.not_on_theme': 'This proposal is not on a theme.',
  'proposals.not_resubmittable': 'Only a declined proposal can be resubmitted.',
  'detail.decisions.record_first':
    'Record the decision first, then take the action with the same outcome (the same resumption date for a hold, the same reasons for a decline).',
  'detail.decisions.hold_in_past': 'The review must resume after today.',
  'detail.decisions.cycle_started':
    'That fiscal year’s budget cycle has already started ({startsOn}). Choose a later year.',
  'detail.decisions.fiscal_year_too_early':
    'The earliest initial budget that can take it is FY{earliest}. For an earlier year, choose a supplementary budget.',
  'detail.agreements.ready':
    'Before signing: record the agreement, have the proposer confirm it, and add the signing date and the signed document (PDF).',
  'detail.agreements.not_a_session':
    'No council session starts in that month. Choose the first month of a session in the budget-calendar settings.',
  'detail.agreements.not_pdf': 'The signed document must be a PDF file.',
  'detail.agreements.signed_in_future': 'The signing date cannot be after today.',
  'detail.kpis.unknown_kpi': 'This is not one of the proposal’s KPIs.',
  'detail.kpis.not_a_period': 'Choose the first day of a reporting period of this KPI.',
  'detail.kpis.period_not_ended': 'Report once the period has ended.',
  'detail.kpis.question_required': 'Write your question.',
  'detail.evaluations.recorded':
    'Before completing, record the evaluation and choose the same next stage as the evaluation.',
  'detail.evaluations.unknown_kpi': 'This is not one of the proposal’s KPIs.',
  'validation.common.invalid_month': 'Enter the month as YYYY-MM.',
  'validation.agreements.method_only_for_contract':
    'A contract method applies only when the type is “contract”.',
  'validation.agreements.open_call_method':
    'An open call for proposals or a tender goes to an open call: tick “open call”.',
  'validation.agreements.ends_before_start': 'The end date cannot be before the start date.',
} satisfies CatalogueOf<typeof ja>;
