import { useState } from 'react';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { collaborationMessages } from '@kyoso/i18n/catalogues/collaboration';
import type { Dialogue } from '@kyoso/contracts/collaboration';
import type { LocalizedText } from '@kyoso/i18n/languages';
import { Alert, LoadError, Loading } from '../../../components/ui/feedback';
import { isApiError } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { useFocusWhen } from '../../../lib/use-focus-when';
import { useConfirmDialogueMutation } from '../api/confirm-dialogue';
import { useDialogues } from '../api/get-dialogues';
import { DialogueForm } from './dialogue-form';
import { DialogueRecord } from './dialogue-record';

/** What the reader may do with the dialogue records (the API decides: `proposal.can`). */
export type DialoguePermissions = {
  /** Write a record or correct one not yet confirmed (the lead department). */
  record: boolean;
  /** Confirm a record (the proposer). */
  confirm: boolean;
  /** Comment and tick action items (the two sides). */
  comment: boolean;
};

/** STEP 3 dialogue records: the lead department writes them, the proposer confirms or comments. */
export function DialoguesPanel({
  proposalId,
  organizationName,
  leadDepartment,
  can,
}: {
  proposalId: string;
  organizationName: string;
  leadDepartment: LocalizedText | null;
  can: DialoguePermissions;
}) {
  const t = useT(collaborationMessages);
  const ta = useT(appMessages);
  const dialogues = useDialogues(proposalId);
  const confirm = useConfirmDialogueMutation(proposalId);
  const [editing, setEditing] = useState<Dialogue | 'new' | null>(null);
  const confirmedRef = useFocusWhen<HTMLParagraphElement>(confirm.isSuccess);
  const list = dialogues.data?.dialogues ?? [];
  const nextRound: 1 | 2 = list.some((d) => d.round === 1) ? 2 : 1;

  return (
    <section aria-labelledby="dialogues-heading">
      <h2 id="dialogues-heading">{t('dialogues.title')}</h2>
      <p className="muted">{t('dialogues.intro')}</p>
      {confirm.isError ? (
        <Alert kind="error">
          {isApiError(confirm.error) ? confirm.error.message : ta('error.generic.body')}
        </Alert>
      ) : null}
      {confirm.isSuccess ? (
        <p ref={confirmedRef} tabIndex={-1} role="status" className="muted">
          {t('dialogues.confirmed')}
        </p>
      ) : null}
      {dialogues.isPending ? <Loading /> : null}
      {dialogues.isError ? (
        <LoadError error={dialogues.error} onRetry={() => void dialogues.refetch()} />
      ) : null}
      {dialogues.data && list.length === 0 ? <p>{t('dialogues.none')}</p> : null}
      {list.map((d) => (
        <DialogueRecord
          key={d.id}
          proposalId={proposalId}
          dialogue={d}
          organizationName={organizationName}
          leadDepartment={leadDepartment}
          canComment={can.comment}
          canConfirm={can.confirm}
          canCorrect={can.record}
          confirming={confirm.isPending}
          onConfirm={() => confirm.mutate(d.id)}
          onCorrect={() => setEditing(d)}
        />
      ))}
      {can.record ? (
        editing ? (
          <DialogueForm
            key={editing === 'new' ? 'new' : editing.id}
            proposalId={proposalId}
            existing={editing === 'new' ? null : editing}
            nextRound={nextRound}
            onCancel={() => setEditing(null)}
            onDone={() => setEditing(null)}
          />
        ) : (
          <p>
            <button type="button" className="button" onClick={() => setEditing('new')}>
              {t('dialogues.record', { round: t(`dialogues.roundShort.${nextRound}`) })}
            </button>
          </p>
        )
      ) : null}
    </section>
  );
}
