/**
 * Validation messages a person can act on: one sentence per problem, naming the field when its
 * name is known ("「主担当の部署」を選んでください（必須）。"), in the reader's language.
 */
import { translator } from './core';
import { domainMessages } from './catalogues/domain';
import { errorMessages } from './catalogues/errors';
import type { Language } from './languages';
import type ja from './catalogues/errors/ja';

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

type ErrorKey = keyof typeof ja;
/** A validation message a contract schema names (`{ error: 'auth.password_too_short' }`). */
export type ValidationMessageKey = WithoutPrefix<ErrorKey, 'validation.'>;
type WithoutPrefix<K, P extends string> = K extends `${P}${infer Rest}` ? Rest : never;

/** Dotted path of an issue: `['kpis', 0, 'name']` → `kpis.0.name`. */
export function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => String(p)).join('.');
}

function isValidationMessageKey(message: string): message is ValidationMessageKey {
  return Object.hasOwn(errorMessages.ja, `validation.${message}`);
}

/**
 * The name of a field, from the `domain` catalogue: `kpis.0.name` → 「KPIの名前」. Unknown
 * fields give `undefined` (the message then speaks of "this field").
 */
export function fieldLabel(path: string, language: Language): string | undefined {
  const normalized = path
    .split('.')
    .filter((segment) => !/^\d+$/.test(segment))
    .join('.');
  const candidates = [normalized, normalized.split('.').pop() ?? normalized];
  for (const candidate of candidates) {
    const key = `field.${candidate}`;
    if (Object.hasOwn(domainMessages.ja, key)) {
      return translator(domainMessages, language)(key as keyof typeof domainMessages.ja);
    }
  }
  return undefined;
}

function isEmpty(input: unknown): boolean {
  return (
    input === undefined || input === null || (typeof input === 'string' && input.trim() === '')
  );
}

/**
 * Turns one validation issue into a sentence a proposer can act on. `field` is the field's name
 * as the reader sees it on the form (see `fieldLabel`); with it, a missing value says which
 * field is required, whatever rule noticed it (an empty id, an empty date, an empty text).
 */
export function formatIssue(issue: IssueLike, language: Language, field?: string): string {
  const t = translator(errorMessages, language);
  const min = issue.minimum === undefined ? undefined : Number(issue.minimum);
  const max = issue.maximum === undefined ? undefined : Number(issue.maximum);
  const required = (): string => {
    if (!field) {
      return t('validation.common.required');
    }
    if (issue.format === 'date' || issue.format === 'uuid' || issue.format === 'guid') {
      return issue.format === 'date'
        ? t('validation.date_required', { field })
        : t('validation.select_required', { field });
    }
    if (issue.code === 'invalid_value' || issue.code === 'invalid_union') {
      return t('validation.select_required', { field });
    }
    return t('validation.required_field', { field });
  };

  // A missing value is "required", whatever rule noticed it first.
  const missing =
    isEmpty(issue.input) &&
    (issue.code === 'invalid_type' ||
      issue.code === 'invalid_format' ||
      issue.code === 'invalid_value' ||
      issue.code === 'invalid_union' ||
      (issue.code === 'too_small' && issue.origin === 'string'));
  if (missing && (issue.input !== undefined || issue.code !== 'too_small' || min === 1)) {
    return required();
  }
  if (isValidationMessageKey(issue.message)) {
    if (
      field &&
      (issue.message === 'common.required' || issue.message === 'workflow.reason_required')
    ) {
      return required();
    }
    // Messages named by schemas take no variables (the catalogue test checks it).
    return t(`validation.${issue.message}` as 'validation.common.required');
  }
  switch (issue.code) {
    case 'invalid_type':
      return t('issue.wrong_type');
    case 'too_small':
      if (issue.origin === 'string') {
        return min === 1 ? required() : t('issue.too_short', { min: min ?? 0 });
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return t('issue.too_few', { min: min ?? 0 });
      }
      return t('issue.too_small', { min: min ?? 0 });
    case 'too_big':
      if (issue.origin === 'string') {
        return t('issue.too_long', { max: max ?? 0 });
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return t('issue.too_many', { max: max ?? 0 });
      }
      if (issue.origin === 'file') {
        return t('issue.file_too_large');
      }
      return t('issue.too_big', { max: max ?? 0 });
    case 'invalid_format':
      switch (issue.format) {
        case 'email':
          return t('issue.email');
        case 'uuid':
        case 'guid':
          return t('validation.common.invalid_id');
        case 'date':
          return t('validation.common.invalid_date');
        case 'datetime':
          return t('issue.datetime');
        case 'url':
          return t('issue.url');
        default:
          return t('issue.format');
      }
    case 'invalid_value':
    case 'invalid_union':
      return t('issue.choose_option');
    case 'unrecognized_keys':
      return t('issue.unexpected_fields');
    default:
      return t('issue.other');
  }
}
