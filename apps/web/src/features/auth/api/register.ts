import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { registerBodySchema } from '@kyoso/contracts/auth';
import { api } from '../../../lib/api-client';

export type RegisterBody = z.input<typeof registerBodySchema>;

/** `POST /api/auth/register`: a proposer and their organisation; e-mails a confirmation link. */
export function register(body: RegisterBody): Promise<unknown> {
  return api('/api/auth/register', { method: 'POST', body });
}

export function useRegisterMutation() {
  return useMutation({ mutationFn: register });
}
