import { z } from 'zod';
import type { Language, LocalizedText } from './i18n';

/**
 * Every error the API can answer with: a stable dotted code, its HTTP status and a message a
 * person can act on, in both languages. The API sends `message` in the caller's language; the web
 * app may show its own copy of the same text by code.
 */
export const ERRORS = {
  'request.invalid_body': {
    status: 400,
    message: {
      ja: '入力内容に誤りがあります。各項目を確認してください。',
      en: 'Some fields are not valid. Please check each field.',
    },
  },
  'request.invalid_query': {
    status: 400,
    message: { ja: '検索条件に誤りがあります。', en: 'The query parameters are not valid.' },
  },
  'request.invalid_params': {
    status: 400,
    message: { ja: 'URLの指定に誤りがあります。', en: 'The address is not valid.' },
  },
  'request.invalid_headers': {
    status: 400,
    message: { ja: 'リクエストヘッダーに誤りがあります。', en: 'A request header is not valid.' },
  },
  'request.malformed': {
    status: 400,
    message: { ja: 'リクエストの形式が正しくありません。', en: 'The request could not be read.' },
  },
  'request.invalid_multipart': {
    status: 400,
    message: {
      ja: 'ファイル付きの送信内容を読み取れませんでした（途中で切れたか、形式が正しくありません）。ファイルを選び直して、もう一度送信してください。',
      en: 'The form with the file could not be read (it was cut off or is not valid form data). Choose the file again and send it again.',
    },
  },
  'request.uri_too_long': {
    status: 414,
    message: {
      ja: 'アドレス（URL）が長すぎます。リンクが正しいか確認してください。',
      en: 'The address (URL) is too long. Check that the link is correct.',
    },
  },
  'request.headers_too_large': {
    status: 431,
    message: {
      ja: 'アドレス（URL）またはリクエストヘッダーが長すぎます。リンクが正しいか確認し、解決しない場合はブラウザのCookieを削除してください。',
      en: 'The address (URL) or the request headers are too long. Check the link; if that does not help, clear this site’s cookies in your browser.',
    },
  },
  'request.timeout': {
    status: 408,
    message: {
      ja: '送信に時間がかかりすぎたため中断しました。通信環境を確認して、もう一度お試しください。',
      en: 'The request took too long to arrive. Check your connection and try again.',
    },
  },
  'request.body_too_large': {
    status: 413,
    message: { ja: '送信されたデータが大きすぎます。', en: 'The request is too large.' },
  },
  'request.unsupported_media_type': {
    status: 415,
    message: {
      ja: 'この形式のデータは受け付けていません。',
      en: 'This content type is not accepted.',
    },
  },
  'request.not_found': {
    status: 404,
    message: {
      ja: 'お探しのページまたはデータは見つかりませんでした。',
      en: 'Nothing was found at this address.',
    },
  },
  'request.rate_limited': {
    status: 429,
    message: {
      ja: 'アクセスが集中しています。しばらく待ってから再度お試しください。',
      en: 'Too many requests. Please wait a moment and try again.',
    },
  },
  'auth.unauthenticated': {
    status: 401,
    message: { ja: 'ログインが必要です。', en: 'Please log in.' },
  },
  'auth.invalid_credentials': {
    status: 401,
    message: {
      ja: 'メールアドレスまたはパスワードが正しくありません。',
      en: 'The e-mail address or password is incorrect.',
    },
  },
  'auth.too_many_attempts': {
    status: 429,
    message: {
      ja: 'ログインの失敗が続いたため、一時的にログインを受け付けていません。しばらく待ってから再度お試しください。パスワードをお忘れの場合は、ログイン画面の「パスワードを忘れた方」から再設定してください。',
      en: 'Too many failed logins. Wait a while and try again. If you forgot your password, reset it with “Forgot your password?” on the login page.',
    },
  },
  'auth.account_locked': {
    status: 429,
    message: {
      ja: 'このアカウントには複数の場所からログインの失敗が続いたため、安全のためログインを一時的に止めています。ログイン画面の「パスワードを忘れた方」からパスワードを再設定すると、すぐにログインできます（再設定しない場合も1時間ほどで解除されます）。',
      en: 'There were many failed logins to this account from several places, so logins are paused for safety. Reset your password with “Forgot your password?” on the login page to log in at once (otherwise the pause ends within about an hour).',
    },
  },
  'auth.email_not_verified': {
    status: 403,
    message: {
      ja: 'メールアドレスの確認が済んでいません。届いたメールのリンクを開いてください。',
      en: 'Your e-mail address is not verified yet. Open the link in the e-mail we sent you.',
    },
  },
  'auth.account_disabled': {
    status: 403,
    message: {
      ja: 'このアカウントは利用停止中です。窓口へお問い合わせください。',
      en: 'This account is disabled. Please contact the co-creation desk.',
    },
  },
  'auth.forbidden': {
    status: 403,
    message: { ja: 'この操作を行う権限がありません。', en: 'You are not allowed to do this.' },
  },
  'auth.cross_site_request': {
    status: 403,
    message: {
      ja: '別のサイトからの操作は受け付けられません。',
      en: 'Requests from another site are not accepted.',
    },
  },
  'auth.email_taken': {
    status: 409,
    message: {
      ja: 'このメールアドレスは既に登録されています。ログインするか、パスワードを再設定してください。',
      en: 'This e-mail address is already registered. Log in or reset your password.',
    },
  },
  'auth.token_invalid': {
    status: 400,
    message: {
      ja: 'リンクが無効か、有効期限が切れています。もう一度お手続きください。',
      en: 'This link is invalid or has expired. Please request a new one.',
    },
  },
  'auth.weak_password': {
    status: 400,
    message: { ja: 'このパスワードは使えません。', en: 'This password cannot be used.' },
  },
  'auth.wrong_password': {
    status: 400,
    message: {
      ja: '現在のパスワードが正しくありません。',
      en: 'The current password is incorrect.',
    },
  },
  'users.not_found': {
    status: 404,
    message: { ja: '利用者が見つかりません。', en: 'User not found.' },
  },
  'users.department_required': {
    status: 400,
    message: {
      ja: '部署職員には所属部署が必要です。',
      en: 'Department staff must belong to a department.',
    },
  },
  'organizations.not_found': {
    status: 404,
    message: { ja: '組織が見つかりません。', en: 'Organisation not found.' },
  },
  'organizations.already_member': {
    status: 409,
    message: { ja: 'この方は既にメンバーです。', en: 'This person is already a member.' },
  },
  'organizations.invitation_invalid': {
    status: 400,
    message: {
      ja: '招待リンクが無効か、有効期限が切れています。招待した方に再送を依頼してください。',
      en: 'This invitation is invalid or has expired. Ask the person who invited you to send it again.',
    },
  },
  'departments.not_found': {
    status: 404,
    message: { ja: '部署が見つかりません。', en: 'Department not found.' },
  },
  'proposals.not_found': {
    status: 404,
    message: { ja: '提案が見つかりません。', en: 'Proposal not found.' },
  },
  'proposals.incomplete': {
    status: 400,
    message: {
      ja: '提出に必要な項目がまだ入力されていません。表示された項目を確認してください。',
      en: 'Some required parts of the proposal are missing. Please check the fields shown.',
    },
  },
  'proposals.already_assigned': {
    status: 409,
    message: {
      ja: 'この提案は既に別の担当者が受け持っています。',
      en: 'Another coordinator has already taken this proposal.',
    },
  },
  'proposals.closed': {
    status: 409,
    message: {
      ja: 'この提案は既に終了しています。',
      en: 'This proposal is closed.',
    },
  },
  'proposals.not_editable': {
    status: 409,
    message: {
      ja: '提出済みの提案は編集できません。',
      en: 'A submitted proposal can no longer be edited.',
    },
  },
  'themes.not_found': {
    status: 404,
    message: { ja: 'テーマが見つかりません。', en: 'Theme not found.' },
  },
  'themes.closed': {
    status: 409,
    message: {
      ja: 'このテーマの募集期間外のため提案できません。自由提案としてご提案いただけます。',
      en: 'This theme is not open for proposals now. You can send a free proposal instead.',
    },
  },
  'attachments.not_found': {
    status: 404,
    message: { ja: '添付ファイルが見つかりません。', en: 'Attachment not found.' },
  },
  'attachments.too_large': {
    status: 413,
    message: {
      ja: 'ファイルが大きすぎます。1ファイル10MBまでです。',
      en: 'The file is too large: 10 MB at most per file.',
    },
  },
  'attachments.too_many': {
    status: 400,
    message: {
      ja: '添付できるファイルは1つの提案につき10件までです。不要なファイルを削除してから追加してください。',
      en: 'A proposal can carry at most 10 files. Remove one before adding another.',
    },
  },
  'attachments.unsupported_type': {
    status: 400,
    message: {
      ja: 'このファイル形式は添付できません。PDF、PNG・JPEG画像、Word・Excel・PowerPointのファイルを選んでください（ファイル名ではなく中身で判定しています）。',
      en: 'This kind of file cannot be attached. Choose a PDF, a PNG or JPEG image, or a Word, Excel or PowerPoint file (the file’s content is checked, not its name).',
    },
  },
  'attachments.missing_file': {
    status: 400,
    message: { ja: 'ファイルを選んでください。', en: 'Choose a file.' },
  },
  'attachments.confidential': {
    status: 403,
    message: {
      ja: 'このファイルは秘密情報です。秘密保持契約（NDA）の締結後に閲覧できます。',
      en: 'This file is confidential. It can be opened once the NDA is in effect.',
    },
  },
  'ndas.not_found': {
    status: 404,
    message: { ja: '秘密保持契約が見つかりません。', en: 'No non-disclosure agreement was found.' },
  },
  'ndas.no_template': {
    status: 409,
    message: {
      ja: '秘密保持契約のひな形が登録されていません。管理者にお問い合わせください。',
      en: 'No NDA template has been set up yet. Please contact an administrator.',
    },
  },
  'ndas.already_open': {
    status: 409,
    message: {
      ja: 'この提案の秘密保持契約は既に手続き中です。',
      en: 'An NDA for this proposal is already under way.',
    },
  },
  'ndas.wrong_stage': {
    status: 409,
    message: {
      ja: '秘密保持契約は、担当部署が提案を受け付けた後（STEP 3）に手続きできます。',
      en: 'The NDA can be signed once a department has accepted the proposal (STEP 3).',
    },
  },
  'ndas.not_signable': {
    status: 409,
    message: {
      ja: '現在この署名はできません。画面を更新して状況を確認してください。',
      en: 'This signature is not possible now. Reload the page to see the current state.',
    },
  },
  'ndas.text_changed': {
    status: 409,
    message: {
      ja: '契約書の文面が更新されました。最新の文面を読んでから署名してください。',
      en: 'The agreement text has changed. Read the current text before signing.',
    },
  },
  'dialogues.not_found': {
    status: 404,
    message: { ja: '対話の記録が見つかりません。', en: 'Dialogue record not found.' },
  },
  'dialogues.not_in_dialogue': {
    status: 409,
    message: {
      ja: '対話の記録は、提案が対話の段階（STEP 3）にある間に登録できます。',
      en: 'Dialogue records can be added while the proposal is in dialogue (STEP 3).',
    },
  },
  'dialogues.round_1_first': {
    status: 409,
    message: {
      ja: '先に対話①（目的・価値・役割分担・ビジネスモデル）を記録してください。',
      en: 'Record dialogue ① (purpose, value, roles, business model) first.',
    },
  },
  'dialogues.confirmed': {
    status: 409,
    message: {
      ja: '提案者が確認済みの記録は変更できません。コメントで補足してください。',
      en: 'The proposer has confirmed this record: add a comment instead of changing it.',
    },
  },
  'notes.invalid_mention': {
    status: 400,
    message: {
      ja: 'この提案を閲覧できない方はメンションできません。',
      en: 'You can only mention colleagues who can see this proposal.',
    },
  },
  'request.idempotency_mismatch': {
    status: 409,
    message: {
      ja: '同じ操作キーで異なる内容が送信されました。画面を更新してやり直してください。',
      en: 'The same idempotency key was sent with a different request. Reload and try again.',
    },
  },
  'workflow.invalid_routing': {
    status: 400,
    message: {
      ja: '担当部署の指定に誤りがあります。',
      en: 'The departments chosen are not valid.',
    },
  },
  'workflow.action_not_allowed': {
    status: 409,
    message: {
      ja: '現在の状態ではこの操作はできません。画面を更新して最新の状態を確認してください。',
      en: 'This action is not possible in the current status. Reload the page to see the latest status.',
    },
  },
  'workflow.forbidden': {
    status: 403,
    message: {
      ja: 'この操作を行う権限がありません。',
      en: 'You are not allowed to take this action.',
    },
  },
  'workflow.version_conflict': {
    status: 409,
    message: {
      ja: '他の方が先にこの提案を更新しました。画面を更新してから、もう一度操作してください。',
      en: 'Someone else updated this proposal first. Reload the page and try again.',
    },
  },
  'workflow.precondition_failed': {
    status: 409,
    message: {
      ja: 'この操作の前に必要な手続きが済んでいません。',
      en: 'A required step has not been completed yet.',
    },
  },
  'dev.mailbox_disabled': {
    status: 404,
    message: {
      ja: '開発用メールボックスは利用できません。',
      en: 'The development mailbox is not available.',
    },
  },
  'internal.error': {
    status: 500,
    message: {
      ja: 'システムで問題が発生しました。時間をおいて再度お試しください。解決しない場合は窓口へお問い合わせください。',
      en: 'Something went wrong on our side. Please try again later, or contact the co-creation desk if it persists.',
    },
  },
  'service.unavailable': {
    status: 503,
    message: {
      ja: 'ただいまサービスを利用できません。',
      en: 'The service is unavailable right now.',
    },
  },
} as const satisfies Record<string, { status: number; message: LocalizedText }>;

export type ErrorCode = keyof typeof ERRORS;
export const ERROR_CODES = Object.keys(ERRORS) as ErrorCode[];

/** One problem with one field of the input. `path` is dotted (`kpis.0.name`). */
export const errorDetailSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type ErrorDetail = z.infer<typeof errorDetailSchema>;

/** The only error body the API ever sends. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(errorDetailSchema).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/**
 * Messages for validation rules the contracts define themselves. A schema refers to one by key
 * (`{ error: 'auth.password_too_short' }`); `formatIssue` turns the key into text.
 */
export const VALIDATION_MESSAGES = {
  'common.invalid_id': { ja: 'IDの形式が正しくありません。', en: 'This id is not valid.' },
  'common.invalid_date': {
    ja: '日付はYYYY-MM-DDの形式で入力してください。',
    en: 'Enter the date as YYYY-MM-DD.',
  },
  'common.required': { ja: '必須項目です。入力してください。', en: 'This field is required.' },
  'common.unstorable_text': {
    ja: '使えない文字（NUL文字や壊れた文字コード）が含まれています。貼り付けた文字を入力し直してから送信してください。',
    en: 'This contains a character that cannot be used (a NUL character or a broken character code). Retype the pasted text and send it again.',
  },
  'auth.password_too_short': {
    ja: 'パスワードは10文字以上にしてください。',
    en: 'Use at least 10 characters for the password.',
  },
  'auth.password_too_long': {
    ja: 'パスワードは200文字以内にしてください。',
    en: 'Use at most 200 characters for the password.',
  },
  'auth.password_too_common': {
    ja: 'よく使われていて推測されやすいパスワードです。別のパスワードにしてください。',
    en: 'This password is too common and easy to guess. Choose another one.',
  },
  'auth.password_contains_email': {
    ja: 'メールアドレスを含まないパスワードにしてください。',
    en: 'The password must not contain your e-mail address.',
  },
  'auth.passwords_do_not_match': {
    ja: '確認用のパスワードが一致しません。',
    en: 'The two passwords do not match.',
  },
  'organizations.corporate_number_format': {
    ja: '法人番号は半角数字13桁で入力してください。',
    en: 'The corporate number (法人番号) must be 13 digits.',
  },
  'organizations.corporate_number_check_digit': {
    ja: '法人番号が正しくありません（チェックデジットが一致しません）。番号をご確認ください。',
    en: 'This corporate number (法人番号) is not valid: its check digit does not match. Please check the number.',
  },
  'proposals.invalid_year_month': {
    ja: '年月はYYYY-MM の形式で入力してください（例: 2027-04）。',
    en: 'Enter the month as YYYY-MM (e.g. 2027-04).',
  },
  'proposals.estimate_required': {
    ja: '新たな予算が必要な場合は、概算額を入力してください。',
    en: 'Give an estimate when a new city budget is needed.',
  },
  'ndas.consent_required': {
    ja: '内容に同意のうえチェックを入れてください。',
    en: 'Tick the box to agree.',
  },
  'calendar.cutoff_day_not_in_month': {
    ja: 'その月にない日付です。毎年ある日（2月は28日まで）を選んでください。',
    en: 'That month does not have this day every year. Choose a day every year has (up to the 28th in February).',
  },
  'calendar.council_month_repeated': {
    ja: '同じ月が複数の定例会に含まれています。会期が重ならないようにしてください。',
    en: 'A month belongs to more than one council session. Sessions must not overlap.',
  },
  'workflow.reason_required': { ja: '理由を入力してください。', en: 'Please give a reason.' },
  'workflow.reason_codes_required': {
    ja: '理由の区分を1つ以上選んでください。',
    en: 'Choose at least one reason category.',
  },
} as const satisfies Record<string, LocalizedText>;

export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

/** The subset of a zod issue that `formatIssue` reads (works for zod 4 issues). */
export type IssueLike = {
  code: string;
  message: string;
  path: ReadonlyArray<PropertyKey>;
  input?: unknown;
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  expected?: string;
};

/** Dotted path of an issue: `['kpis', 0, 'name']` → `kpis.0.name`. */
export function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => String(p)).join('.');
}

function isValidationMessageKey(message: string): message is ValidationMessageKey {
  return Object.hasOwn(VALIDATION_MESSAGES, message);
}

/** Turns one validation issue into a sentence a proposer can act on. */
export function formatIssue(issue: IssueLike, language: Language): string {
  if (isValidationMessageKey(issue.message)) {
    return VALIDATION_MESSAGES[issue.message][language];
  }
  const ja = language === 'ja';
  const min = issue.minimum === undefined ? undefined : Number(issue.minimum);
  const max = issue.maximum === undefined ? undefined : Number(issue.maximum);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) {
        return VALIDATION_MESSAGES['common.required'][language];
      }
      return ja ? '入力の形式が正しくありません。' : 'This value has the wrong type.';
    case 'too_small':
      if (issue.origin === 'string') {
        return min === 1
          ? VALIDATION_MESSAGES['common.required'][language]
          : ja
            ? `${min}文字以上で入力してください。`
            : `Enter at least ${min} characters.`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return ja ? `${min}件以上指定してください。` : `Give at least ${min}.`;
      }
      return ja ? `${min}以上の値を入力してください。` : `Enter a value of at least ${min}.`;
    case 'too_big':
      if (issue.origin === 'string') {
        return ja ? `${max}文字以内で入力してください。` : `Use at most ${max} characters.`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return ja ? `${max}件以内にしてください。` : `Give at most ${max}.`;
      }
      if (issue.origin === 'file') {
        return ja ? 'ファイルが大きすぎます。' : 'The file is too large.';
      }
      return ja ? `${max}以下の値を入力してください。` : `Enter a value of at most ${max}.`;
    case 'invalid_format':
      switch (issue.format) {
        case 'email':
          return ja
            ? 'メールアドレスの形式が正しくありません（例: name@example.jp）。'
            : 'Enter a valid e-mail address (e.g. name@example.com).';
        case 'uuid':
        case 'guid':
          return VALIDATION_MESSAGES['common.invalid_id'][language];
        case 'date':
          return VALIDATION_MESSAGES['common.invalid_date'][language];
        case 'datetime':
          return ja ? '日時の形式が正しくありません。' : 'This date and time is not valid.';
        case 'url':
          return ja ? 'URLの形式が正しくありません。' : 'Enter a valid URL.';
        default:
          return ja
            ? '入力の形式が正しくありません。'
            : 'This value is not in the expected format.';
      }
    case 'invalid_value':
    case 'invalid_union':
      return ja ? '選択肢の中から選んでください。' : 'Choose one of the options.';
    case 'unrecognized_keys':
      return ja ? '想定していない項目が含まれています。' : 'Unexpected fields were sent.';
    default:
      return ja ? '入力内容を確認してください。' : 'Please check this value.';
  }
}
