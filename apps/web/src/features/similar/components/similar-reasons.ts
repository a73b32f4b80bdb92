import type { SimilarProposal } from '@kyoso/contracts/proposals';

/** The catalogue keys (with their variables) that say why a proposal is like this one. */
export type SimilarReason =
  | { key: 'staff.similar.words'; vars: { words: string } }
  | { key: 'staff.similar.sameTheme' }
  | { key: 'staff.similar.sameOrganization' };

/** Why a proposal matched, in the order a coordinator weighs it: the words, the theme, who. */
export function similarReasons(
  reasons: SimilarProposal['reasons'],
  separator: string,
): SimilarReason[] {
  const found: SimilarReason[] = [];
  if (reasons.words.length > 0) {
    found.push({ key: 'staff.similar.words', vars: { words: reasons.words.join(separator) } });
  }
  if (reasons.sameTheme) found.push({ key: 'staff.similar.sameTheme' });
  if (reasons.sameOrganization) found.push({ key: 'staff.similar.sameOrganization' });
  return found;
}
