import { z } from 'zod';
import { timestampSchema } from './common';

/** A message kept by the development mailbox (no SMTP server configured; never in production). */
export const devMailSummarySchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  template: z.string(),
  createdAt: timestampSchema,
});

export const devMailSchema = devMailSummarySchema.extend({
  text: z.string(),
  html: z.string(),
});

export const devMailListResponseSchema = z.object({ messages: z.array(devMailSummarySchema) });
export const devMailResponseSchema = z.object({ message: devMailSchema });
