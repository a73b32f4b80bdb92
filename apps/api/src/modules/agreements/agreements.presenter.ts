import type { Agreement } from '@kyoso/contracts/agreements';
import type { CaseAudience } from '../proposals/proposals.policies';
import { isoTimestamp } from '../shared/sql';
import type { AgreementState } from './agreements.repository';

/**
 * The agreement for a reader. Nothing in it is internal, but the proposer does not see which
 * civil servant wrote or confirmed what. A negotiated contract shows the originality the
 * decision gave as its ground.
 */
export function presentAgreement(
  state: AgreementState,
  audience: CaseAudience,
  context: { originalityJustification: string | null },
): Agreement | null {
  const a = state.current;
  if (!a) {
    return null;
  }
  const staff = audience === 'staff';
  const summary = state.summary;
  return {
    version: a.version,
    type: a.type,
    contractMethod: a.contractMethod,
    openCall: a.openCall,
    openCallProtection: a.openCallProtection,
    originalityJustification:
      a.contractMethod === 'negotiated' ? context.originalityJustification : null,
    parties: a.parties,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    cityCommitments: a.cityCommitments,
    companyCommitments: a.companyCommitments,
    councilVote: a.councilVote,
    councilSession: a.councilSession,
    signedOn: a.signedOn,
    document:
      a.documentKey && a.documentName && a.documentUploadedAt
        ? {
            fileName: a.documentName,
            sizeBytes: Number(a.documentSize ?? 0),
            sha256: a.documentSha256 ?? '',
            uploadedAt: isoTimestamp(a.documentUploadedAt)!,
          }
        : null,
    confirmedAt: isoTimestamp(a.confirmedAt),
    recordedAt: isoTimestamp(a.createdAt)!,
    recordedBy: staff ? { name: a.recordedByName } : null,
    confirmedBy: staff && a.confirmedAt ? { name: a.confirmedByName } : null,
    publicSummary: summary
      ? {
          text: summary.text,
          consentedAt: isoTimestamp(summary.consentedAt),
          consentedBy: summary.consentedAt ? { name: summary.consentedByName } : null,
        }
      : null,
  };
}
