import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { themeCloseInputSchema, themeCommentInputSchema } from '@kyoso/contracts/themes';
import { api } from '../../../lib/api-client';
import { afterThemeChange } from './after-theme-change';
import type { ManagedThemeResponse } from './get-managed-theme';

export type ThemeStatusChange =
  | { action: 'submit' }
  | { action: 'publish' }
  | { action: 'send-back'; body: z.input<typeof themeCommentInputSchema> }
  | { action: 'close'; body: z.input<typeof themeCloseInputSchema> };

/** `POST /api/themes/:id/{submit,publish,send-back,close}`. */
export function changeThemeStatus(
  id: string,
  change: ThemeStatusChange,
): Promise<ManagedThemeResponse> {
  return api<ManagedThemeResponse>(`/api/themes/${encodeURIComponent(id)}/${change.action}`, {
    method: 'POST',
    ...('body' in change ? { body: change.body } : {}),
  });
}

export function useChangeThemeStatusMutation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ThemeStatusChange) => changeThemeStatus(id, change),
    onSuccess: () => afterThemeChange(queryClient),
  });
}
