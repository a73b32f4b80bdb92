import { useId, useState } from 'react';
import { authMessages } from '@kyoso/i18n/catalogues/auth';
import { useT } from '../../lib/i18n';
import { describedBy, FieldFrame } from './field';

/**
 * A password, everywhere one is typed (log in, register, reset, join, change). A new password
 * shows the rules the server applies (length, common passwords, the site's or city's name, the
 * e-mail address), so that a refusal never surprises. "Show the password" helps on a phone.
 */
export function PasswordField({
  label,
  name,
  value,
  onChange,
  error,
  purpose,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** `new`: choosing a password (the rules are shown); `current`: typing the one you have. */
  purpose: 'new' | 'current';
}) {
  const id = useId();
  const t = useT(authMessages);
  const [shown, setShown] = useState(false);
  const hint = purpose === 'new' ? t('password.hint') : undefined;
  return (
    <FieldFrame label={label} name={name} error={error} hint={hint} required id={id}>
      <div className="password-field">
        <input
          id={id}
          name={name}
          type={shown ? 'text' : 'password'}
          value={value}
          autoComplete={purpose === 'new' ? 'new-password' : 'current-password'}
          autoCapitalize="off"
          spellCheck={false}
          required
          aria-required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(event) => onChange(event.target.value)}
          className="input"
        />
        <button
          type="button"
          className="button button--small button--ghost password-field__toggle"
          aria-pressed={shown}
          aria-controls={id}
          onClick={() => setShown((current) => !current)}
        >
          {t('password.show')}
        </button>
      </div>
    </FieldFrame>
  );
}
