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
