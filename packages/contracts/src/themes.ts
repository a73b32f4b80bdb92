import { z } from 'zod';
import { dateStringSchema, idSchema, timestampSchema } from './common';
import { localizedTextSchema } from './common';
import {
  POLICY_AREAS,
  THEME_BUDGETS,
  THEME_RESOURCES,
  THEME_STATUSES,
  THEME_WINDOWS,
} from './theme-constants';

const departmentRefSchema = z.object({
  id: z.uuid(),
  name: localizedTextSchema,
  fullName: localizedTextSchema,
});

export const themeSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string(),
  policyArea: z.enum(POLICY_AREAS),
  department: departmentRefSchema,
  opensOn: z.string(),
  closesOn: z.string().nullable(),
  window: z.enum(THEME_WINDOWS),
  /** The English title and summary, when the department wrote them (else the page says so). */
  english: z.object({ title: z.string(), summary: z.string() }).nullable(),
});
export type ThemeSummary = z.infer<typeof themeSummarySchema>;

export const themeSchema = themeSummarySchema.extend({
  background: z.string(),
  problem: z.string(),
  outcomeWanted: z.string(),
  resourcesOffered: z.string(),
  publishedAt: timestampSchema.nullable(),
  /** Who has the problem, and the evidence that they do. */
  whoIsAffected: z.string(),
  evidence: z.string(),
  /** What the city offers, each with a sentence. */
  resources: z.array(z.object({ kind: z.enum(THEME_RESOURCES), description: z.string() })),
  budget: z.enum(THEME_BUDGETS),
  /** Whom proposers talk to. */
  contactDepartment: departmentRefSchema,
  /** The English text of the theme, when the department wrote one. */
  textEn: z.string().nullable(),
  /** Amendments since publication, oldest first, each with its date. */
  amendments: z.array(z.object({ id: z.uuid(), text: z.string(), amendedOn: z.string() })),
  /** Closed early by the department: when and why. */
  closedEarly: z.object({ closedOn: z.string(), reason: z.string() }).nullable(),
  /** Answered questions (the asker is never named). */
  questions: z.array(
    z.object({
      id: z.uuid(),
      question: z.string(),
      answer: z.string(),
      answeredAt: timestampSchema,
    }),
  ),
  /** How many proposals were submitted on the theme (a number only). */
  proposalCount: z.number().int(),
});
export type Theme = z.infer<typeof themeSchema>;

export const themesQuerySchema = z.object({
  /** Japanese substring search over title, summary, background, problem and outcome. */
  q: z.string().trim().max(100).optional(),
  policyArea: z.enum(POLICY_AREAS).optional(),
  departmentId: z.uuid().optional(),
  window: z.enum(THEME_WINDOWS).optional(),
});

export const themesResponseSchema = z.object({ themes: z.array(themeSummarySchema) });
export const themeResponseSchema = z.object({ theme: themeSchema });

export const THEME_LIMITS = { title: 120, summary: 400, text: 4000 } as const;

/** A theme as an administrator writes it. */
export const themeInputSchema = z.object({
  departmentId: z.uuid(),
  title: z.string().trim().min(5).max(THEME_LIMITS.title),
  summary: z.string().trim().min(10).max(THEME_LIMITS.summary),
  policyArea: z.enum(POLICY_AREAS),
  background: z.string().trim().max(THEME_LIMITS.text),
  problem: z.string().trim().min(10).max(THEME_LIMITS.text),
  outcomeWanted: z.string().trim().min(10).max(THEME_LIMITS.text),
  resourcesOffered: z.string().trim().max(THEME_LIMITS.text),
  opensOn: dateStringSchema,
  closesOn: dateStringSchema.nullable(),
  published: z.boolean(),
});
export type ThemeInput = z.infer<typeof themeInputSchema>;

/** A resource the city offers, with a sentence saying what exactly. */
export const themeResourceInputSchema = z.object({
  kind: z.enum(THEME_RESOURCES),
  description: z.string().trim().min(5).max(THEME_LIMITS.summary),
});

/** A theme as its department writes it (the department is the writer's own). */
export const themeDraftInputSchema = z
  .object({
    title: z.string().trim().min(5).max(THEME_LIMITS.title),
    summary: z.string().trim().min(10).max(THEME_LIMITS.summary),
    policyArea: z.enum(POLICY_AREAS),
    background: z.string().trim().min(10).max(THEME_LIMITS.text),
    problem: z.string().trim().min(10).max(THEME_LIMITS.text),
    /** Who has the problem and the evidence (figures, surveys, complaints). */
    whoIsAffected: z.string().trim().min(5).max(THEME_LIMITS.text),
    evidence: z.string().trim().min(10).max(THEME_LIMITS.text),
    outcomeWanted: z.string().trim().min(10).max(THEME_LIMITS.text),
    resources: z
      .array(themeResourceInputSchema)
      .max(THEME_RESOURCES.length)
      .refine((list) => new Set(list.map((r) => r.kind)).size === list.length, {
        error: 'themes.resource_twice',
      }),
    budget: z.enum(THEME_BUDGETS),
    /** The department proposers talk to; the writer's own when null. */
    contactDepartmentId: idSchema.nullable(),
    opensOn: dateStringSchema,
    closesOn: dateStringSchema,
    /** Optional English version; English pages show it instead of the Japanese. */
    titleEn: z.string().trim().max(THEME_LIMITS.title).nullable(),
    summaryEn: z.string().trim().max(THEME_LIMITS.summary).nullable(),
    textEn: z
      .string()
      .trim()
      .max(THEME_LIMITS.text * 2)
      .nullable(),
  })
  .refine((v) => v.closesOn >= v.opensOn, {
    path: ['closesOn'],
    error: 'themes.closes_before_opening',
  });
export type ThemeDraftInput = z.infer<typeof themeDraftInputSchema>;

/** What the caller may do with a theme (the web shows only these). */
export const themeCanSchema = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  publish: z.boolean(),
  sendBack: z.boolean(),
  amend: z.boolean(),
  close: z.boolean(),
  answer: z.boolean(),
});
export type ThemeCan = z.infer<typeof themeCanSchema>;

/** A theme as its department and the desk see it, whatever its status. */
export const managedThemeSchema = z.object({
  theme: themeSchema,
  status: z.enum(THEME_STATUSES),
  submittedAt: timestampSchema.nullable(),
  /** The desk's comments when it sent the theme back. */
  reviewComment: z.string().nullable(),
  /** What the department wrote, to edit it. */
  input: z.object({
    title: z.string(),
    summary: z.string(),
    policyArea: z.enum(POLICY_AREAS),
    background: z.string(),
    problem: z.string(),
    whoIsAffected: z.string(),
    evidence: z.string(),
    outcomeWanted: z.string(),
    resources: z.array(z.object({ kind: z.enum(THEME_RESOURCES), description: z.string() })),
    budget: z.enum(THEME_BUDGETS),
    contactDepartmentId: z.uuid().nullable(),
    opensOn: z.string(),
    closesOn: z.string().nullable(),
    titleEn: z.string().nullable(),
    summaryEn: z.string().nullable(),
    textEn: z.string().nullable(),
  }),
  /** Every question, answered or not (the asker is never named). */
  questions: z.array(
    z.object({
      id: z.uuid(),
      question: z.string(),
      askedAt: timestampSchema,
      answer: z.string().nullable(),
      answeredAt: timestampSchema.nullable(),
    }),
  ),
  can: themeCanSchema,
});
export type ManagedTheme = z.infer<typeof managedThemeSchema>;
export const managedThemeResponseSchema = z.object({ managed: managedThemeSchema });

export const managedThemesQuerySchema = z.object({ status: z.enum(THEME_STATUSES).optional() });
/** The department's own themes, or (for the desk) every theme, newest change first. */
export const managedThemesResponseSchema = z.object({
  themes: z.array(
    themeSummarySchema.extend({ status: z.enum(THEME_STATUSES), updatedAt: timestampSchema }),
  ),
});

export const themeCommentInputSchema = z.object({
  comment: z.string().trim().min(5).max(THEME_LIMITS.text),
});
export const themeCloseInputSchema = z.object({
  reason: z.string().trim().min(5).max(THEME_LIMITS.summary),
});
export const themeAmendmentInputSchema = z.object({
  text: z.string().trim().min(5).max(THEME_LIMITS.text),
});
export const themeQuestionInputSchema = z.object({
  question: z
    .string()
    .trim()
    .min(5)
    .max(THEME_LIMITS.summary * 2),
});
export const themeAnswerInputSchema = z.object({
  answer: z.string().trim().min(5).max(THEME_LIMITS.text),
});
export const themeQuestionParamsSchema = z.object({ id: idSchema, questionId: idSchema });
export const themeQuestionResponseSchema = z.object({
  question: z.object({ id: z.uuid(), askedAt: timestampSchema }),
});
