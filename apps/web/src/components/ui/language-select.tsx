import { LANGUAGE_AUTONYMS, LANGUAGES, type Language } from '@kyoso/i18n/languages';
import { SelectField } from './field';

/**
 * The language of a person's screens and e-mails: every language the portal speaks, each named
 * in itself (a reader who cannot read the current language still finds their own).
 */
export function LanguageSelect({
  label,
  hint,
  value,
  onChange,
  error,
}: {
  label: string;
  hint?: string;
  value: Language;
  onChange: (language: Language) => void;
  error?: string | undefined;
}) {
  return (
    <SelectField
      label={label}
      hint={hint}
      name="language"
      required
      value={value}
      onChange={(v) => onChange(LANGUAGES.find((l) => l === v) ?? value)}
      options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_AUTONYMS[l].name }))}
      error={error}
    />
  );
}
