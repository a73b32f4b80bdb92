import type { Department } from '@kyoso/contracts/departments';
import type { LocalizedText } from '@kyoso/i18n/languages';
import type { DepartmentRow } from './departments.repository';

/** Enough of a department to name it. */
export function presentDepartmentRef(dept: { id: string; nameJa: string; nameEn: string }) {
  return { id: dept.id, name: { ja: dept.nameJa, en: dept.nameEn } };
}

/** The department's name with its parents: 「保健福祉局 地域福祉部 長寿社会対策課」. */
export function fullDepartmentName(
  row: DepartmentRow,
  byId: ReadonlyMap<string, DepartmentRow>,
): LocalizedText {
  const chain: DepartmentRow[] = [];
  let current: DepartmentRow | undefined = row;
  while (current && chain.length < 5) {
    chain.unshift(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return {
    ja: chain.map((d) => d.nameJa).join(' '),
    en: chain
      .map((d) => d.nameEn)
      .reverse()
      .join(', '),
  };
}

export function presentDepartment(
  row: DepartmentRow,
  byId: ReadonlyMap<string, DepartmentRow>,
): Department {
  return {
    id: row.id,
    parentId: row.parentId,
    level: row.level,
    code: row.code,
    name: { ja: row.nameJa, en: row.nameEn },
    fullName: fullDepartmentName(row, byId),
    isCoordinatorDesk: row.isCoordinatorDesk,
  };
}

export function presentDepartments(rows: DepartmentRow[]): Department[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return rows.map((row) => presentDepartment(row, byId));
}
