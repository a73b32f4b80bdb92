import type { Draft } from '../../hooks/use-draft';
import { DraftText } from '../draft-text';

/** Step 1: the title and the summary (the summary helps find the department). */
export function OverviewStep({ draft }: { draft: Draft }) {
  return (
    <>
      <DraftText draft={draft} name="title" rows={1} />
      <DraftText draft={draft} name="summary" rows={4} />
    </>
  );
}
