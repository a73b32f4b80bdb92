import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createNoteBodySchema, noteResponseSchema } from '@kyoso/contracts/collaboration';
import { api } from '../../../lib/api-client';
import { notesQueryOptions } from './get-notes';

export type AddNoteBody = z.input<typeof createNoteBodySchema>;
export type NoteResponse = z.infer<typeof noteResponseSchema>;

/** `POST /api/proposals/:id/notes`: an internal note; mentioned colleagues are e-mailed. */
export function addNote(proposalId: string, body: AddNoteBody): Promise<NoteResponse> {
  return api<NoteResponse>(`/api/proposals/${encodeURIComponent(proposalId)}/notes`, {
    method: 'POST',
    body,
  });
}

export function useAddNoteMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddNoteBody) => addNote(proposalId, body),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: notesQueryOptions(proposalId).queryKey }),
  });
}
