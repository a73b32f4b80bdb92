/**
 * STEP 5: the agreement. The lead department records its terms (type, how a contract is awarded,
 * parties, dates, each side's commitments, the council vote and its session); the proposer
 * confirms the summary on the portal; the signed document (a PDF) and its signing date are added
 * when it is signed. Every change of the terms is a new version (the proposer confirms the version
 * they read). A public summary of the project is published only with the proposer's consent.
 */
import { z } from 'zod';
import { dateStringSchema, localizedTextSchema, timestampSchema } from './common';

/** 実証実験協定 / 連携協定 / 包括連携協定 / 契約 (`agreement.type.<value>` in the catalogue). */
export const AGREEMENT_TYPES = ['pilot', 'partnership', 'comprehensive', 'contract'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

/** How a contract is awarded: 随意契約, 公募型プロポーザル, 入札 (`agreement.method.<value>`). */
export const CONTRACT_METHODS = ['negotiated', 'open_proposal', 'tender'] as const;
export type ContractMethod = (typeof CONTRACT_METHODS)[number];

/** What the city council votes on, if anything (`agreement.council.<value>`). */
export const COUNCIL_VOTES = ['none', 'budget', 'ordinance', 'both'] as const;
export type CouncilVote = (typeof COUNCIL_VOTES)[number];

export const AGREEMENT_LIMITS = {
  text: 4000,
  shortText: 200,
  parties: 6,
  publicSummary: 2000,
  documentBytes: 20 * 1024 * 1024,
} as const;

const text = z.string().trim().max(AGREEMENT_LIMITS.text);
const requiredText = z.string().trim().min(1).max(AGREEMENT_LIMITS.text);
const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'common.invalid_month' });

export const agreementPartySchema = z.object({
  /** The party (北九州市, the company, a university…). */
  name: z.string().trim().min(1).max(AGREEMENT_LIMITS.shortText),
  /** Who signs for it (e.g. 北九州市長 / 代表取締役). */
  representative: z.string().trim().min(1).max(AGREEMENT_LIMITS.shortText),
});

/** The terms the lead department writes (a new version each time). */
export const agreementInputSchema = z
  .object({
    type: z.enum(AGREEMENT_TYPES),
    /** For a contract only: negotiated (随意契約) or an open call. */
    contractMethod: z.enum(CONTRACT_METHODS).nullable(),
    /**
     * The idea goes to an open call (公募型プロポーザル / 入札, or an open call for the same test
     * field): the proposer is told so before signing anything.
     */
    openCall: z.boolean(),
    /** How the proposer's confidential material is protected in the open call. */
    openCallProtection: text,
    parties: z.array(agreementPartySchema).min(2).max(AGREEMENT_LIMITS.parties),
    startsOn: dateStringSchema,
    endsOn: dateStringSchema,
    cityCommitments: requiredText,
    companyCommitments: requiredText,
    councilVote: z.enum(COUNCIL_VOTES),
    /** The session that votes, by its first month (`YYYY-MM`); the calendar suggests one. */
    councilSessionMonth: monthSchema.nullable(),
    /** The version the writer saw (a newer one answers 409 instead of being overwritten). */
    expectedVersion: z.number().int().min(0).optional(),
  })
  .superRefine((value, ctx) => {
    const required = (path: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message: 'common.required' });
    if (value.type === 'contract' && value.contractMethod === null) {
      required('contractMethod');
    }
    if (value.type !== 'contract' && value.contractMethod !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['contractMethod'],
        message: 'agreements.method_only_for_contract',
      });
    }
    const openMethod =
      value.contractMethod === 'open_proposal' || value.contractMethod === 'tender';
    if (openMethod && !value.openCall) {
      ctx.addIssue({ code: 'custom', path: ['openCall'], message: 'agreements.open_call_method' });
    }
    if (value.openCall && value.openCallProtection === '') {
      required('openCallProtection');
    }
    if (value.endsOn < value.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'agreements.ends_before_start' });
    }
    if (value.councilVote !== 'none' && value.councilSessionMonth === null) {
      required('councilSessionMonth');
    }
  });
export type AgreementInput = z.infer<typeof agreementInputSchema>;

export const councilSessionSchema = z.object({
  startMonth: z.string(),
  endMonth: z.string(),
  /** e.g. 令和9年2月〜3月定例会 */
  label: localizedTextSchema,
  passesInitialBudget: z.boolean(),
});

/** The signed document, once uploaded. */
export const agreementDocumentSchema = z.object({
  fileName: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: timestampSchema,
});

/** An agreement as the proposer and the city read it (nothing in it is internal). */
export const agreementSchema = z.object({
  version: z.number().int(),
  type: z.enum(AGREEMENT_TYPES),
  contractMethod: z.enum(CONTRACT_METHODS).nullable(),
  openCall: z.boolean(),
  openCallProtection: z.string(),
  /** A negotiated contract rests on the originality the decision justified. */
  originalityJustification: z.string().nullable(),
  parties: z.array(agreementPartySchema),
  startsOn: z.string(),
  endsOn: z.string(),
  cityCommitments: z.string(),
  companyCommitments: z.string(),
  councilVote: z.enum(COUNCIL_VOTES),
  councilSession: councilSessionSchema.nullable(),
  signedOn: z.string().nullable(),
  document: agreementDocumentSchema.nullable(),
  /** The proposer confirmed this version's summary. */
  confirmedAt: timestampSchema.nullable(),
  recordedAt: timestampSchema,
  /** City staff only: who wrote the version and who confirmed it. */
  recordedBy: z.object({ name: z.string().nullable() }).nullable(),
  confirmedBy: z.object({ name: z.string().nullable() }).nullable(),
  publicSummary: z
    .object({
      text: z.string(),
      /** The proposer's consent (who and when); nothing is published without it. */
      consentedAt: timestampSchema.nullable(),
      consentedBy: z.object({ name: z.string().nullable() }).nullable(),
    })
    .nullable(),
});
export type Agreement = z.infer<typeof agreementSchema>;

/** What the calendar suggests for the council vote. */
export const agreementSuggestionSchema = z.object({
  councilSession: councilSessionSchema.nullable(),
});

export const agreementResponseSchema = z.object({
  agreement: agreementSchema.nullable(),
  suggestion: agreementSuggestionSchema.nullable(),
});
/** Every version of the terms, newest first (city staff only). */
export const agreementVersionsResponseSchema = z.object({ versions: z.array(agreementSchema) });

/** The council session the calendar suggests for a vote decided on a date (city staff). */
export const councilSuggestionQuerySchema = z.object({
  vote: z.enum(['budget', 'ordinance', 'both']),
  on: dateStringSchema.optional(),
});

/** The proposer confirms the version they read. */
export const confirmAgreementBodySchema = z.object({ version: z.number().int().min(1) });

/** The city writes the public summary the proposer may consent to. */
export const publicSummaryBodySchema = z.object({
  text: z.string().trim().min(1).max(AGREEMENT_LIMITS.publicSummary),
});
/** The proposer consents to the summary as written (or withdraws consent). */
export const publicSummaryConsentBodySchema = z.object({
  consent: z.boolean(),
  /** The text they read (a changed text must be read again). */
  text: z.string().max(AGREEMENT_LIMITS.publicSummary),
});
