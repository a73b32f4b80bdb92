import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useT } from '../../lib/i18n';

/** A form's submit button (「送信中…」 while it is sent) and its cancel button. */
export function FormButtons({
  submitting,
  label,
  onCancel,
}: {
  submitting: boolean;
  label: string;
  onCancel: () => void;
}) {
  const ta = useT(appMessages);
  return (
    <div className="button-row">
      <button type="submit" className="button" disabled={submitting}>
        {submitting ? ta('common.sending') : label}
      </button>
      <button type="button" className="button button--ghost" onClick={onCancel}>
        {ta('common.cancel')}
      </button>
    </div>
  );
}
