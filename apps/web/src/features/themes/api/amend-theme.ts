import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { themeAmendmentInputSchema } from '@kyoso/contracts/themes';
import { api } from '../../../lib/api-client';
import { afterThemeChange } from './after-theme-change';
import type { ManagedThemeResponse } from './get-managed-theme';

export type ThemeAmendmentBody = z.input<typeof themeAmendmentInputSchema>;

/** `POST /api/themes/:id/amendments`: a dated amendment to a published theme. */
export function amendTheme(id: string, body: ThemeAmendmentBody): Promise<ManagedThemeResponse> {
  return api<ManagedThemeResponse>(`/api/themes/${encodeURIComponent(id)}/amendments`, {
    method: 'POST',
    body,
  });
}

export function useAmendThemeMutation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ThemeAmendmentBody) => amendTheme(id, body),
    onSuccess: () => afterThemeChange(queryClient),
  });
}
