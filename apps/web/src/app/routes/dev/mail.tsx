import { devMailMessages } from '@kyoso/i18n/catalogues/dev-mail';
import { Alert, PageTitle } from '../../../components/ui/feedback';
import { Mailbox } from '../../../features/dev-mail/components/mailbox';
import { useT } from '../../../lib/i18n';
import { useMeta } from '../../../lib/meta';

/** Development only: the e-mails the portal sent, with their links. */
export function DevMailPage() {
  const t = useT(devMailMessages);
  const meta = useMeta();
  return (
    <>
      <PageTitle lead={t('intro')}>{t('title')}</PageTitle>
      {meta && !meta.devMailbox ? <Alert kind="warning">{t('unavailable')}</Alert> : <Mailbox />}
    </>
  );
}
