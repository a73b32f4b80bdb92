import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  themeQuestionInputSchema,
  themeQuestionResponseSchema,
} from '@kyoso/contracts/themes';
import { api } from '../../../lib/api-client';
import { afterThemeChange } from './after-theme-change';

export type ThemeQuestionBody = z.input<typeof themeQuestionInputSchema>;
export type ThemeQuestionResponse = z.infer<typeof themeQuestionResponseSchema>;

/** `POST /api/themes/:id/questions`: a registered proposer's question (never named). */
export function askThemeQuestion(
  id: string,
  body: ThemeQuestionBody,
): Promise<ThemeQuestionResponse> {
  return api<ThemeQuestionResponse>(`/api/themes/${encodeURIComponent(id)}/questions`, {
    method: 'POST',
    body,
  });
}

export function useAskThemeQuestionMutation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ThemeQuestionBody) => askThemeQuestion(id, body),
    onSuccess: () => afterThemeChange(queryClient),
  });
}
