import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { themeAnswerInputSchema } from '@kyoso/contracts/themes';
import { api } from '../../../lib/api-client';
import { afterThemeChange } from './after-theme-change';
import type { ManagedThemeResponse } from './get-managed-theme';

export type ThemeAnswerBody = z.input<typeof themeAnswerInputSchema>;

/** `POST /api/themes/:id/questions/:questionId/answer`: public once answered. */
export function answerThemeQuestion(
  id: string,
  questionId: string,
  body: ThemeAnswerBody,
): Promise<ManagedThemeResponse> {
  return api<ManagedThemeResponse>(
    `/api/themes/${encodeURIComponent(id)}/questions/${encodeURIComponent(questionId)}/answer`,
    { method: 'POST', body },
  );
}

export function useAnswerThemeQuestionMutation(id: string, questionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ThemeAnswerBody) => answerThemeQuestion(id, questionId, body),
    onSuccess: () => afterThemeChange(queryClient),
  });
}
