import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { caseMessages } from '@kyoso/i18n/catalogues/case';
import type { WorkflowAction } from '@kyoso/contracts/workflow';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { AccessLogPanel } from '../../../features/access-log/components/access-log-panel';
import { AgreementPanel } from '../../../features/agreement/components/agreement-panel';
import { caseQueryOptions, useCase } from '../../../features/case/api/get-case';
import { useCaseEvents } from '../../../features/case/api/get-case-events';
import { CalendarNotice } from '../../../features/case/components/calendar-notice';
import { CaseHeader } from '../../../features/case/components/case-header';
import { CaseTabs, caseTabs, chosenTab } from '../../../features/case/components/case-tabs';
import { DecisionNotice } from '../../../features/case/components/decision-notice';
import { DecisionPanel } from '../../../features/decision/components/decision-panel';
import { LinkedProposals } from '../../../features/decision/components/linked-proposals';
import { ResubmitPanel } from '../../../features/decision/components/resubmit-panel';
import { leftCaseState } from '../../../features/case/components/left-notice';
import { ProposalContent } from '../../../features/case/components/proposal-content';
import { StatusPanel } from '../../../features/case/components/status-panel';
import { SimilarProposals } from '../../../features/similar/components/similar-proposals';
import { Timeline } from '../../../features/case/components/timeline';
import {
  routableSections,
  useDepartments,
} from '../../../features/departments/api/get-departments';
import { DialoguesPanel } from '../../../features/dialogues/components/dialogues-panel';
import { EvaluationPanel } from '../../../features/evaluation/components/evaluation-panel';
import { AttachmentsSection } from '../../../features/files/components/attachments-section';
import { FileLink } from '../../../features/files/components/file-link';
import { FirstCheckPanel } from '../../../features/first-check/components/first-check-panel';
import { KpisPanel } from '../../../features/kpis/components/kpis-panel';
import { MessagesPanel } from '../../../features/messages/components/messages-panel';
import { NdaSummary } from '../../../features/nda/components/nda-summary';
import { NotesPanel } from '../../../features/notes/components/notes-panel';
import { ActionPanel } from '../../../features/workflow-actions/components/action-panel';
import { StepProgress } from '../../../features/workflow/components/step-progress';
import { isApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useT } from '../../../lib/i18n';
import { NotFoundPage } from '../not-found';
import '../../../styles/staff-pages.css';

function ProposalContentPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const t = useT(caseMessages);
  const { user } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const current = useCase(id);
  const proposal = current.data?.proposal;
  const can = proposal?.can ?? null;
  const events = useCaseEvents(id, { enabled: can?.readTimeline ?? false });
  const departments = useDepartments({ enabled: can?.actions.includes('route') ?? false });

  if (current.isError) {
    return isApiError(current.error) &&
      (current.error.status === 404 || current.error.status === 400) ? (
      <NotFoundPage />
    ) : (
      <LoadError error={current.error} onRetry={() => void current.refetch()} />
    );
  }
  if (!proposal || !can) {
    return <Loading />;
  }

  const audience = user?.role === 'proposer' ? 'proposer' : 'staff';
  const tabs = caseTabs(can, {
    hasKpis: proposal.logicModel !== null || proposal.kpis.length > 0,
  });
  const tab = chosenTab(tabs, params.get('tab'));
  const title = proposal.title || t('proposal.untitled');

  /** After an action: if it took the proposal away from the reader, back to the inbox. */
  const afterAction = async (action: WorkflowAction) => {
    const timeline = await events.refetch();
    if (isApiError(timeline.error) && timeline.error.status === 404) {
      queryClient.removeQueries({ queryKey: caseQueryOptions(id).queryKey });
      await navigate(paths.inbox, { state: leftCaseState({ title, action }) });
    }
  };

  return (
    <article className="proposal">
      <CaseHeader proposal={proposal} role={user?.role} />
      <StatusPanel
        proposal={proposal}
        audience={audience}
        progress={<StepProgress step={proposal.step} />}
      />
      <CalendarNotice proposal={proposal} />
      <DecisionNotice proposal={proposal} />
      <LinkedProposals proposal={proposal} />
      {can.resubmit ? <ResubmitPanel proposalId={proposal.id} /> : null}
      {can.editDraft ? (
        <p>
          <Link className="button" to={paths.editProposal(proposal.id)}>
            {t('draft.edit')}
          </Link>
        </p>
      ) : null}

      {can.takeFirstCheck || can.releaseFirstCheck ? (
        <FirstCheckPanel
          proposalId={proposal.id}
          assignee={proposal.assignedCoordinator}
          canTake={can.takeFirstCheck}
          canRelease={can.releaseFirstCheck}
        />
      ) : null}
      {can.readNda ? <NdaSummary proposalId={proposal.id} /> : null}
      <ActionPanel
        proposal={proposal}
        actions={can.actions.filter((a) => !(a === 'submit' && can.editDraft))}
        actionsWithOverride={can.actionsWithOverride}
        canRecordDecision={can.recordDecision}
        decisionHref="?tab=decision"
        departments={routableSections(departments.data?.departments ?? [])}
        showSuggestions={can.readRoutingSuggestions}
        audience={audience}
        onDone={(action) => void afterAction(action)}
      />

      <CaseTabs tabs={tabs} current={tab} />

      {tab === 'decision' ? (
        <DecisionPanel
          proposalId={proposal.id}
          audience={audience}
          canRecord={can.recordDecision}
        />
      ) : null}
      {tab === 'agreement' ? (
        <AgreementPanel
          proposalId={proposal.id}
          organizationName={proposal.organization.name}
          status={proposal.status}
          audience={audience}
          can={{
            recordAgreement: can.recordAgreement,
            confirmAgreement: can.confirmAgreement,
            writePublicSummary: can.writePublicSummary,
            consentPublicSummary: can.consentPublicSummary,
          }}
        />
      ) : null}
      {tab === 'kpis' ? (
        <KpisPanel
          proposalId={proposal.id}
          logicModel={proposal.logicModel}
          proposedKpis={proposal.proposedKpis}
          can={{
            editLogicModel: can.editLogicModel,
            editKpis: can.editKpis,
            reportKpi: can.reportKpi,
            verifyKpi: can.verifyKpi,
          }}
        />
      ) : null}
      {tab === 'evaluation' ? (
        <EvaluationPanel
          proposalId={proposal.id}
          kpis={proposal.kpis}
          can={{ record: can.recordEvaluation, comment: can.commentEvaluation }}
          showVersions={audience === 'staff'}
        />
      ) : null}
      {tab === 'messages' ? (
        <MessagesPanel
          proposalId={proposal.id}
          organizationName={proposal.organization.name}
          audience={audience}
          canWrite={can.writeMessages}
          renderFile={(attachment) => <FileLink proposalId={proposal.id} attachment={attachment} />}
        />
      ) : null}
      {tab === 'dialogues' ? (
        <DialoguesPanel
          proposalId={proposal.id}
          organizationName={proposal.organization.name}
          leadDepartment={proposal.leadDepartment?.name ?? null}
          can={{
            record: can.recordDialogue,
            confirm: can.confirmDialogue,
            comment: can.commentDialogue,
          }}
        />
      ) : null}
      {tab === 'notes' ? <NotesPanel proposalId={proposal.id} canWrite={can.writeNotes} /> : null}
      {tab === 'access-log' ? <AccessLogPanel proposalId={proposal.id} /> : null}

      {tab === 'content' ? (
        <div className="grid-main">
          <div>
            <ProposalContent
              proposal={proposal}
              attachments={
                <AttachmentsSection proposalId={proposal.id} attachments={proposal.attachments} />
              }
            />
            {can.readSimilar ? <SimilarProposals proposalId={proposal.id} /> : null}
          </div>
          {can.readTimeline ? (
            <aside aria-labelledby="timeline-heading">
              <h2 id="timeline-heading">{t('timeline.title')}</h2>
              {events.data ? (
                <Timeline events={events.data.events} />
              ) : events.isError ? (
                <LoadError error={events.error} onRetry={() => void events.refetch()} />
              ) : (
                <Loading />
              )}
            </aside>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

/** A proposal as the reader is entitled to see it, with what they may do with it. */
export function ProposalPage() {
  return (
    <RequireAuth>
      <ProposalContentPage />
    </RequireAuth>
  );
}
