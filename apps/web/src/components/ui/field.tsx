import { useId, type ChangeEvent, type ReactNode } from 'react';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useT } from '../../lib/i18n';

export type FieldCommon = {
  label: string;
  name: string;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  /** Marks a field of a form as 任意 (optional); filters and toggles carry no badge. */
  markOptional?: boolean;
};

function Badge({
  required,
  markOptional,
}: {
  required?: boolean | undefined;
  markOptional?: boolean | undefined;
}) {
  const t = useT(appMessages);
  if (required) {
    return <span className="badge badge--required">{t('common.required')}</span>;
  }
  return markOptional ? (
    <span className="badge badge--optional">{t('common.optional')}</span>
  ) : null;
}

/** A field's label (with its 必須/任意 badge), hint, error and counter around an input. */
export function FieldFrame({
  label,
  error,
  hint,
  required,
  markOptional,
  id,
  children,
  counter,
}: FieldCommon & { id: string; children: ReactNode; counter?: ReactNode }) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        <Badge required={required} markOptional={markOptional} />
      </label>
      {hint ? (
        <div className="field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children}
      {counter}
    </div>
  );
}

/** The ids that describe an input: its hint, its error, its counter. */
export function describedBy(id: string, hint: unknown, error: unknown, counter = false) {
  return (
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null, counter ? `${id}-counter` : null]
      .filter(Boolean)
      .join(' ') || undefined
  );
}

export function TextField(
  props: FieldCommon & {
    value: string;
    onChange: (value: string) => void;
    onBlur?: () => void;
    type?: 'text' | 'email' | 'password' | 'search' | 'date' | 'month' | 'number' | 'tel' | 'url';
    autoComplete?: string;
    maxLength?: number;
    inputMode?: 'numeric' | 'text' | 'email';
  },
) {
  const id = useId();
  const t = useT(appMessages);
  const counter = props.maxLength !== undefined && props.type !== 'password';
  return (
    <FieldFrame
      {...props}
      id={id}
      counter={
        counter ? (
          <p className="field__counter" id={`${id}-counter`} aria-live="polite">
            {t('common.characters', { count: props.value.length, max: props.maxLength ?? 0 })}
          </p>
        ) : null
      }
    >
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        required={props.required}
        aria-required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error, counter)}
        onChange={(event: ChangeEvent<HTMLInputElement>) => props.onChange(event.target.value)}
        onBlur={props.onBlur}
        className="input"
      />
    </FieldFrame>
  );
}

export function TextAreaField(
  props: FieldCommon & {
    value: string;
    onChange: (value: string) => void;
    onBlur?: () => void;
    maxLength?: number;
    minLength?: number;
    rows?: number;
  },
) {
  const id = useId();
  const t = useT(appMessages);
  const length = props.value.length;
  const over = props.maxLength !== undefined && length > props.maxLength;
  return (
    <FieldFrame
      {...props}
      id={id}
      counter={
        props.maxLength !== undefined ? (
          <p
            className={`field__counter${over ? ' field__counter--over' : ''}`}
            id={`${id}-counter`}
          >
            {t('common.characters', { count: length, max: props.maxLength })}
          </p>
        ) : null
      }
    >
      <textarea
        id={id}
        name={props.name}
        value={props.value}
        rows={props.rows ?? 5}
        required={props.required}
        aria-required={props.required}
        aria-invalid={props.error || over ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error, props.maxLength !== undefined)}
        onChange={(event) => props.onChange(event.target.value)}
        onBlur={props.onBlur}
        className="input input--textarea"
      />
    </FieldFrame>
  );
}

export function SelectField(
  props: FieldCommon & {
    value: string;
    onChange: (value: string) => void;
    options: Array<{ value: string; label: string }>;
    placeholder?: string;
  },
) {
  const id = useId();
  return (
    <FieldFrame {...props} id={id}>
      <select
        id={id}
        name={props.name}
        value={props.value}
        required={props.required}
        aria-required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        onChange={(event) => props.onChange(event.target.value)}
        className="input"
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A group of radio buttons or check boxes with a legend. */
export function ChoiceGroup(props: {
  legend: string;
  name: string;
  type: 'radio' | 'checkbox';
  options: Array<{ value: string; label: string; hint?: string }>;
  selected: string[];
  onChange: (selected: string[]) => void;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  markOptional?: boolean;
}) {
  const id = useId();
  return (
    <fieldset
      className={`field fieldset${props.error ? ' field--error' : ''}`}
      aria-describedby={describedBy(id, props.hint, props.error)}
    >
      <legend className="field__label">
        {props.legend}
        <Badge required={props.required} markOptional={props.markOptional} />
      </legend>
      {props.hint ? (
        <div className="field__hint" id={`${id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      {props.error ? (
        <p className="field__error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
      <div className="choices">
        {props.options.map((option) => {
          const checked = props.selected.includes(option.value);
          return (
            <label key={option.value} className="choice">
              <input
                type={props.type}
                name={props.name}
                value={option.value}
                checked={checked}
                aria-invalid={props.error ? true : undefined}
                onChange={(event) => {
                  if (props.type === 'radio') {
                    props.onChange([option.value]);
                  } else if (event.target.checked) {
                    props.onChange([...props.selected, option.value]);
                  } else {
                    props.onChange(props.selected.filter((v) => v !== option.value));
                  }
                }}
              />
              <span>
                {option.label}
                {option.hint ? <span className="choice__hint">{option.hint}</span> : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

export function CheckboxField(props: {
  label: ReactNode;
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <div className={`field${props.error ? ' field--error' : ''}`}>
      {props.error ? (
        <p className="field__error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
      <label className="choice" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          name={props.name}
          checked={props.checked}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? `${id}-error` : undefined}
          onChange={(event) => props.onChange(event.target.checked)}
        />
        <span>{props.label}</span>
      </label>
    </div>
  );
}
