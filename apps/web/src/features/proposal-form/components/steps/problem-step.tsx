import type { Draft } from '../../hooks/use-draft';
import { DraftText } from '../draft-text';

/** Step 2: points ① and ② — the problem, with evidence, and why this city. */
export function ProblemStep({ draft }: { draft: Draft }) {
  return (
    <>
      <DraftText draft={draft} name="problem" rows={8} />
      <DraftText draft={draft} name="whyThisCity" rows={5} />
    </>
  );
}
