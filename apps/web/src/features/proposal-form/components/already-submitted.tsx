import { Link } from 'react-router';
import { proposalFormMessages } from '@kyoso/i18n/catalogues/proposal-form';
import { Alert } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { Rich, useT } from '../../../lib/i18n';

/** A submitted proposal's form: no longer editable, and the way to its page. */
export function AlreadySubmitted({ id }: { id: string }) {
  const t = useT(proposalFormMessages);
  return (
    <Alert kind="info">
      <Rich
        text={t('editor.submitted')}
        parts={{ link: (words) => <Link to={paths.proposal(id)}>{words}</Link> }}
      />
    </Alert>
  );
}
