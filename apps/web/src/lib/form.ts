/**
 * Forms validate with the contract's zod schemas, show every problem next to its field, and keep
 * what the user typed whatever happens (invalid input, a server refusal, a network failure).
 *
 * A public page gives the schema as a loader (`schema: () => import(…).then((m) => m.x)`): zod
 * and the contract then load when the visitor starts typing, not with the page, which keeps the
 * page inside its JavaScript budget while the rules stay the contract's own.
 */
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useCallback, useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { fieldLabel, formatIssue, issuePath } from '@kyoso/i18n/validation';
import { isApiError } from './api-client';
import { useI18n, useT } from './i18n';

export type FieldErrors = Record<string, string>;

export type FormState<T> = {
  values: T;
  setValue: <K extends keyof T>(key: K, value: T[K]) => void;
  setValues: (update: (current: T) => T) => void;
  errors: FieldErrors;
  /** A message for the whole form (a refusal that is not about one field). */
  formError: string | null;
  submitting: boolean;
  handleSubmit: (event: FormEvent) => void;
  setErrors: (errors: FieldErrors) => void;
  setFormError: (message: string | null) => void;
};

/** A contract schema, or a function that loads it on first use. */
export type SchemaSource<S extends z.ZodType> = S | (() => Promise<S>);

export function useForm<S extends z.ZodType, T extends Record<string, unknown>>(options: {
  schema: SchemaSource<S>;
  initialValues: T;
  onSubmit: (values: z.output<S>) => Promise<void>;
  /** Extra checks the schema cannot make (e.g. a consent box). */
  validate?: (values: T) => FieldErrors;
  /** Builds the request the schema checks, when it differs from the form's values. */
  toRequest?: (values: T) => unknown;
  /** The form's own name for a field, when the shared `field.*` label would be wrong here. */
  labelOf?: (path: string) => string | undefined;
}): FormState<T> {
  const t = useT(appMessages);
  const { language } = useI18n();
  const [values, setValuesState] = useState<T>(options.initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const schemaRef = useRef<Promise<S> | null>(null);

  /** The schema, loading it the first time (once) when it is given as a loader. */
  const loadSchema = useCallback((): Promise<S> => {
    const source = optionsRef.current.schema;
    if (typeof source !== 'function') {
      return Promise.resolve(source);
    }
    schemaRef.current ??= source().catch((error: unknown) => {
      schemaRef.current = null;
      throw error;
    });
    return schemaRef.current;
  }, []);

  const setValue = useCallback(
    <K extends keyof T>(key: K, value: T[K]) => {
      // The visitor started typing: fetch the rules now, so that sending does not wait for them.
      void loadSchema().catch(() => undefined);
      setValuesState((current) => ({ ...current, [key]: value }));
      setErrors((current) => {
        if (!((key as string) in current)) {
          return current;
        }
        const next = { ...current };
        delete next[key as string];
        return next;
      });
    },
    [loadSchema],
  );

  const handleSubmit = useCallback(
    (event: FormEvent) => {
      event.preventDefault();
      if (submitting) {
        return;
      }
      const { onSubmit, validate, toRequest, labelOf } = optionsRef.current;
      setSubmitting(true);
      loadSchema()
        .then((schema) => {
          const found: FieldErrors = { ...(validate?.(values) ?? {}) };
          const parsed = schema.safeParse(toRequest ? toRequest(values) : values, {
            reportInput: true,
          });
          if (!parsed.success) {
            for (const issue of parsed.error.issues) {
              const path = issuePath(issue.path);
              found[path] ??= formatIssue(
                issue,
                language,
                labelOf?.(path) ?? fieldLabel(path, language),
              );
            }
          }
          setErrors(found);
          setFormError(null);
          if (Object.keys(found).length > 0 || !parsed.success) {
            focusFirstError();
            return;
          }
          return onSubmit(parsed.data);
        })
        .catch((error: unknown) => {
          if (isApiError(error)) {
            if (error.details.length > 0) {
              setErrors(error.fieldErrors());
              setFormError(error.message);
              focusFirstError();
            } else {
              setFormError(
                error.code === 'network.error' ? t('common.networkError') : error.message,
              );
            }
          } else if (error instanceof TypeError) {
            // The rules could not be fetched (a failed dynamic import): the network is down.
            setFormError(t('common.networkError'));
          } else {
            setFormError(t('error.generic.body'));
          }
        })
        .finally(() => setSubmitting(false));
    },
    [language, loadSchema, submitting, t, values],
  );

  return {
    values,
    setValue,
    setValues: setValuesState,
    errors,
    formError,
    submitting,
    handleSubmit,
    setErrors,
    setFormError,
  };
}

/** Moves focus to the error summary so that screen-reader users hear what went wrong. */
function focusFirstError() {
  window.requestAnimationFrame(() => {
    const summary = document.querySelector<HTMLElement>('[data-error-summary]');
    (summary ?? document.querySelector<HTMLElement>('[aria-invalid="true"]'))?.focus();
  });
}
