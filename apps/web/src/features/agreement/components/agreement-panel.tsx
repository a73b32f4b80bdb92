import { useState } from 'react';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import type { ProposalStatus } from '@kyoso/contracts/workflow';
import { Alert, LoadError, Loading } from '../../../components/ui/feedback';
import { isApiError } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { useFocusWhen } from '../../../lib/use-focus-when';
import { useConfirmAgreementMutation } from '../api/confirm-agreement';
import { useAgreement } from '../api/get-agreement';
import { AgreementForm } from './agreement-form';
import { agreementNextStep, signingChecklist } from './agreement-progress';
import { AgreementTerms } from './agreement-terms';
import { AgreementVersions } from './agreement-versions';
import { PublicSummarySection } from './public-summary-section';
import { SignedDocumentForm } from './signed-document-form';

/** What the reader may do with the agreement (the API decides: `proposal.can`). */
export type AgreementPermissions = {
  recordAgreement: boolean;
  confirmAgreement: boolean;
  writePublicSummary: boolean;
  consentPublicSummary: boolean;
};

/**
 * STEP 5: the terms of the agreement in plain words, what signing still needs, the proposer's
 * confirmation, the signed document, and the public summary with the proposer's consent.
 */
export function AgreementPanel({
  proposalId,
  organizationName,
  status,
  audience,
  can,
}: {
  proposalId: string;
  organizationName: string;
  status: ProposalStatus;
  audience: 'proposer' | 'staff';
  can: AgreementPermissions;
}) {
  const t = useT(recordsMessages);
  const ta = useT(appMessages);
  const answer = useAgreement(proposalId);
  const confirm = useConfirmAgreementMutation(proposalId);
  const [editing, setEditing] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const savedRef = useFocusWhen<HTMLParagraphElement>(savedVersion);
  const confirmedRef = useFocusWhen<HTMLParagraphElement>(confirm.isSuccess);

  if (answer.isPending) {
    return <Loading />;
  }
  if (answer.isError) {
    return <LoadError error={answer.error} onRetry={() => void answer.refetch()} />;
  }
  const agreement = answer.data.agreement;
  const checklist = signingChecklist(agreement);
  const canConfirm = can.confirmAgreement && agreement !== null && !agreement.confirmedAt;

  return (
    <section aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">{t('agreement.title')}</h2>
      <p>{t(agreementNextStep(agreement, status, can, audience))}</p>
      {status === 'agreement' ? (
        <>
          <h3 id="agreement-checklist-heading">{t('agreement.page.checklist')}</h3>
          <ul className="plain-list" aria-labelledby="agreement-checklist-heading">
            {checklist.map(({ item, done }) => (
              <li key={item}>
                <span aria-hidden="true">{done ? '✓ ' : '・ '}</span>
                {t(done ? 'agreement.page.checklist.done' : 'agreement.page.checklist.todo', {
                  item: t(`agreement.page.checklist.${item}`),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {savedVersion !== null ? (
        <p ref={savedRef} tabIndex={-1} role="status" className="muted">
          {t('agreement.form.saved', { version: savedVersion })}
        </p>
      ) : null}
      {confirm.isSuccess ? (
        <p ref={confirmedRef} tabIndex={-1} role="status" className="muted">
          {t('agreement.confirm.done')}
        </p>
      ) : null}
      {confirm.isError ? (
        <Alert kind="error">
          {isApiError(confirm.error) ? confirm.error.message : ta('error.generic.body')}
        </Alert>
      ) : null}

      {agreement ? <AgreementTerms proposalId={proposalId} agreement={agreement} /> : null}

      {canConfirm ? (
        <div className="card">
          <p>{t('agreement.confirm.hint')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={confirm.isPending}
              onClick={() => confirm.mutate(agreement.version)}
            >
              {t('agreement.confirm.button', { version: agreement.version })}
            </button>
          </div>
        </div>
      ) : null}

      {can.recordAgreement ? (
        editing ? (
          <AgreementForm
            proposalId={proposalId}
            current={agreement}
            organizationName={organizationName}
            suggestion={answer.data.suggestion?.councilSession ?? null}
            onCancel={() => setEditing(false)}
            onDone={(version) => {
              setEditing(false);
              setSavedVersion(version);
            }}
          />
        ) : (
          <p>
            <button
              type="button"
              className={agreement ? 'button button--secondary' : 'button'}
              onClick={() => {
                setSavedVersion(null);
                setEditing(true);
              }}
            >
              {t(agreement ? 'agreement.form.revise' : 'agreement.form.record')}
            </button>
          </p>
        )
      ) : null}

      {can.recordAgreement && agreement && !editing ? (
        <SignedDocumentForm
          key={agreement.version}
          proposalId={proposalId}
          confirmed={agreement.confirmedAt !== null}
          signedOn={agreement.signedOn}
        />
      ) : null}

      {agreement &&
      (can.writePublicSummary || agreement.publicSummary || can.consentPublicSummary) ? (
        <PublicSummarySection
          proposalId={proposalId}
          summary={agreement.publicSummary}
          canWrite={can.writePublicSummary}
          canConsent={can.consentPublicSummary}
          audience={audience}
        />
      ) : null}

      {audience === 'staff' && agreement ? (
        <AgreementVersions proposalId={proposalId} currentVersion={agreement.version} />
      ) : null}
    </section>
  );
}
