/** Non-disclosure agreements: templates (versioned by the SHA-256 of their text) and signatures. */
import { z } from 'zod';
import { localizedTextSchema, timestampSchema } from './common';

export const NDA_STATUSES = ['awaiting_proposer', 'awaiting_city', 'in_effect', 'void'] as const;
export type NdaStatus = (typeof NDA_STATUSES)[number];
export const NDA_STATUS_LABELS = {
  awaiting_proposer: { ja: '提案者の署名待ち', en: 'Waiting for the proposer’s signature' },
  awaiting_city: { ja: '市の署名待ち', en: 'Waiting for the city’s signature' },
  in_effect: { ja: '締結済み（有効）', en: 'Signed by both (in effect)' },
  void: { ja: '無効', en: 'Void' },
} as const;

export const ndaTemplateSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  title: z.string(),
  body: z.string(),
  sha256: z.string(),
  current: z.boolean(),
  createdAt: timestampSchema,
});
export type NdaTemplate = z.infer<typeof ndaTemplateSchema>;
export const ndaTemplatesResponseSchema = z.object({ templates: z.array(ndaTemplateSchema) });
export const ndaTemplateResponseSchema = z.object({ template: ndaTemplateSchema });
export const createNdaTemplateBodySchema = z.object({
  title: z.string().trim().min(3).max(200),
  body: z.string().trim().min(50).max(50_000),
});

const signatureSchema = z.object({
  fullName: z.string(),
  title: z.string(),
  organization: z.string(),
  signedAt: timestampSchema,
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});

export const ndaSchema = z.object({
  id: z.uuid(),
  status: z.enum(NDA_STATUSES),
  template: ndaTemplateSchema,
  proposerSignature: signatureSchema.nullable(),
  citySignature: signatureSchema.extend({ department: localizedTextSchema.nullable() }).nullable(),
  createdAt: timestampSchema,
});
export type Nda = z.infer<typeof ndaSchema>;

export const ndaStateResponseSchema = z.object({
  nda: ndaSchema.nullable(),
  /** Nothing is confidential: dialogue may start without an NDA. */
  skippable: z.boolean(),
  can: z.object({
    open: z.boolean(),
    sign: z.boolean(),
    countersign: z.boolean(),
    download: z.boolean(),
  }),
});

export const signNdaBodySchema = z.object({
  fullName: z.string().trim().min(1).max(100),
  title: z.string().trim().min(1).max(100),
  organization: z.string().trim().min(1).max(200),
  consent: z.literal(true, { error: 'ndas.consent_required' }),
  /** The SHA-256 of the text the signer read: refused if the text changed meanwhile. */
  templateSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export const countersignNdaBodySchema = signNdaBodySchema.omit({ organization: true });
