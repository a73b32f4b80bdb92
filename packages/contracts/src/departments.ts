import { z } from 'zod';
import { localizedTextSchema } from './common';

/** The city's hierarchy: 局 (bureau) → 部 (division) → 課 (section). */
export const DEPARTMENT_LEVELS = ['bureau', 'division', 'section'] as const;
export type DepartmentLevel = (typeof DEPARTMENT_LEVELS)[number];
export const DEPARTMENT_LEVEL_LABELS = {
  bureau: { ja: '局', en: 'Bureau' },
  division: { ja: '部', en: 'Division' },
  section: { ja: '課', en: 'Section' },
} as const;

export const departmentSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  level: z.enum(DEPARTMENT_LEVELS),
  code: z.string(),
  name: localizedTextSchema,
  /** The full path, e.g. 「保健福祉局 地域福祉部 長寿社会対策課」. */
  fullName: localizedTextSchema,
  isCoordinatorDesk: z.boolean(),
});
export type Department = z.infer<typeof departmentSchema>;

export const departmentsResponseSchema = z.object({ departments: z.array(departmentSchema) });

/** Limits of a department's words, for the administrators' forms. */
export const DEPARTMENT_LIMITS = {
  name: 100,
  code: 40,
  mission: 2000,
  keyword: 40,
  keywords: 50,
  sampleText: 5000,
} as const;

/** The level a department under `parent` has: 局 at the top, 部 under a 局, 課 under a 部. */
export function childLevel(parent: DepartmentLevel | null): DepartmentLevel | null {
  return parent === null
    ? 'bureau'
    : parent === 'bureau'
      ? 'division'
      : parent === 'division'
        ? 'section'
        : null;
}

/** A department as administrators manage it: with its routing profile and what it still holds. */
export const adminDepartmentSchema = departmentSchema.extend({
  mission: z.string(),
  keywords: z.array(z.string()),
  retiredAt: z.iso.datetime({ offset: true }).nullable(),
  /** Proposals not yet closed that it leads or supports. */
  openProposals: z.number().int(),
  /**
   * Themes in use (a draft, under review, or published with its window not over) it owns or is
   * the contact for: a handover moves them with the proposals. Closed ones stay with it.
   */
  openThemes: z.number().int(),
});
export type AdminDepartment = z.infer<typeof adminDepartmentSchema>;
export const adminDepartmentsResponseSchema = z.object({
  departments: z.array(adminDepartmentSchema),
});
export const adminDepartmentResponseSchema = z.object({ department: adminDepartmentSchema });

const nameSchema = z.string().trim().min(1).max(DEPARTMENT_LIMITS.name);
const keywordsSchema = z
  .array(z.string().trim().min(1).max(DEPARTMENT_LIMITS.keyword))
  .max(DEPARTMENT_LIMITS.keywords);

/** A new 局 (no parent), 部 (under a 局) or 課 (under a 部). */
export const createDepartmentBodySchema = z.object({
  parentId: z.uuid({ error: 'common.invalid_id' }).nullable(),
  code: z
    .string()
    .trim()
    .min(1)
    .max(DEPARTMENT_LIMITS.code)
    .regex(/^[A-Za-z0-9_-]+$/),
  nameJa: nameSchema,
  nameEn: nameSchema,
});
export type CreateDepartmentBody = z.infer<typeof createDepartmentBodySchema>;

/** Rename, move under another parent of the same level, or change the routing profile. */
export const updateDepartmentBodySchema = z.object({
  nameJa: nameSchema.optional(),
  nameEn: nameSchema.optional(),
  parentId: z.uuid({ error: 'common.invalid_id' }).optional(),
  mission: z.string().trim().max(DEPARTMENT_LIMITS.mission).optional(),
  keywords: keywordsSchema.optional(),
});
export type UpdateDepartmentBody = z.infer<typeof updateDepartmentBodySchema>;

/** Hands a department's open proposals (as lead or support) and themes in use to a 課. */
export const handOverBodySchema = z.object({
  toDepartmentId: z.uuid({ error: 'common.invalid_id' }),
});
export const handOverResponseSchema = z.object({
  /** How many proposals were handed over. */
  moved: z.number().int(),
  /** How many themes were handed over. */
  themes: z.number().int(),
});

/** What the routing would suggest for a sample text, with one section's profile as edited. */
export const routingPreviewBodySchema = z.object({
  text: z.string().trim().min(1).max(DEPARTMENT_LIMITS.sampleText),
  profile: z
    .object({
      departmentId: z.uuid(),
      mission: z.string().trim().max(DEPARTMENT_LIMITS.mission),
      keywords: keywordsSchema,
    })
    .optional(),
});
export type RoutingPreviewBody = z.infer<typeof routingPreviewBodySchema>;
