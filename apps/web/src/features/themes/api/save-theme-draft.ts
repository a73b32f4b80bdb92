import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { themeDraftInputSchema } from '@kyoso/contracts/themes';
import { api } from '../../../lib/api-client';
import { afterThemeChange } from './after-theme-change';
import type { ManagedThemeResponse } from './get-managed-theme';

export type ThemeDraftBody = z.input<typeof themeDraftInputSchema>;

/** `POST /api/themes/drafts` (a new draft) or `PUT /api/themes/:id/draft` (a change). */
export function saveThemeDraft(
  id: string | null,
  body: ThemeDraftBody,
): Promise<ManagedThemeResponse> {
  return id
    ? api<ManagedThemeResponse>(`/api/themes/${encodeURIComponent(id)}/draft`, {
        method: 'PUT',
        body,
      })
    : api<ManagedThemeResponse>('/api/themes/drafts', { method: 'POST', body });
}

export function useSaveThemeDraftMutation(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ThemeDraftBody) => saveThemeDraft(id, body),
    onSuccess: () => afterThemeChange(queryClient),
  });
}
