import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { notesResponseSchema } from '@kyoso/contracts/collaboration';
import { api } from '../../../lib/api-client';

export type NotesResponse = z.infer<typeof notesResponseSchema>;

/** `GET /api/proposals/:id/notes`: the internal notes of the city staff in charge. */
export function getNotes(proposalId: string, signal?: AbortSignal): Promise<NotesResponse> {
  return api<NotesResponse>(`/api/proposals/${encodeURIComponent(proposalId)}/notes`, {
    signal,
  });
}

export function notesQueryOptions(proposalId: string) {
  return queryOptions({
    queryKey: ['proposals', 'detail', proposalId, 'notes'],
    queryFn: ({ signal }) => getNotes(proposalId, signal),
  });
}

export function useNotes(proposalId: string) {
  return useQuery(notesQueryOptions(proposalId));
}
