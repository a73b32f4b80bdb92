/** Routing help for the co-creation desk, and the routing report. */
import { z } from 'zod';
import { localizedTextSchema } from './common';

export const routingSuggestionSchema = z.object({
  department: z.object({ id: z.uuid(), name: localizedTextSchema, fullName: localizedTextSchema }),
  /** `theme`: the theme's own department; `profile`/`history`: matched by words. */
  reason: z.enum(['theme', 'profile', 'history']),
  score: z.number(),
  /** The words of the proposal that matched the department's profile or past proposals. */
  matchedWords: z.array(z.string()),
});
export const routingSuggestionsResponseSchema = z.object({
  suggestions: z.array(routingSuggestionSchema),
});

export const routingReportRowSchema = z.object({
  department: z.object({ id: z.uuid(), name: localizedTextSchema, fullName: localizedTextSchema }),
  routedAsLead: z.number().int(),
  accepted: z.number().int(),
  returned: z.number().int(),
  awaiting: z.number().int(),
  awaitingOverdue: z.number().int(),
  /** Average calendar days from routing to acceptance, for the accepted ones. */
  averageDaysToAccept: z.number().nullable(),
});
export const routingReportResponseSchema = z.object({
  rows: z.array(routingReportRowSchema),
  totals: z.object({
    transfers: z.number().int(),
    proposalsWithTransfers: z.number().int(),
    averageDaysWithoutDepartment: z.number().nullable(),
  }),
});
