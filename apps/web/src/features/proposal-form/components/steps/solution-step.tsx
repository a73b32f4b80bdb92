import type { Draft } from '../../hooks/use-draft';
import { DraftText } from '../draft-text';

/** Step 3: points ③ and ④ — one solution, and who does what. */
export function SolutionStep({ draft }: { draft: Draft }) {
  return (
    <>
      <DraftText draft={draft} name="solution" rows={8} />
      <DraftText draft={draft} name="cityRole" rows={4} />
      <DraftText draft={draft} name="companyRole" rows={4} />
    </>
  );
}
