import type { z } from 'zod';
import type { updateProposalBodySchema } from '@kyoso/contracts/proposals';
import { api } from '../../../lib/api-client';
import type { ProposalResponse } from './get-proposal';

export type SaveDraftBody = z.input<typeof updateProposalBodySchema>;

/**
 * `PATCH /api/proposals/:id`: the fields of a draft that changed, with the version the editor
 * saw (409 `workflow.version_conflict` if it changed meanwhile). The autosave hook
 * (`useDraft`) calls it, retries it and updates the caches.
 */
export function saveDraft(id: string, body: SaveDraftBody): Promise<ProposalResponse> {
  return api<ProposalResponse>(`/api/proposals/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
  });
}
