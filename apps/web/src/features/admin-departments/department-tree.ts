import { childLevel, type DepartmentLevel } from '@kyoso/contracts/departments';

type Node = {
  id: string;
  parentId: string | null;
  level: DepartmentLevel;
  retiredAt: string | null;
  isCoordinatorDesk: boolean;
};

/** The departments in chart order, each with its depth (局 0, 部 1, 課 2), children under parents. Pure. */
export function treeOrder<T extends Node>(
  departments: readonly T[],
): Array<{ department: T; depth: number }> {
  const ids = new Set(departments.map((d) => d.id));
  const children = new Map<string | null, T[]>();
  for (const d of departments) {
    const parent = d.parentId && ids.has(d.parentId) ? d.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), d]);
  }
  const out: Array<{ department: T; depth: number }> = [];
  const visit = (parent: string | null, depth: number) => {
    for (const d of children.get(parent) ?? []) {
      out.push({ department: d, depth });
      visit(d.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** Where a department may go: parents in use of the level just above its own. Pure. */
export function parentChoices<T extends Node>(
  departments: readonly T[],
  department: Pick<T, 'id' | 'level'>,
): T[] {
  return departments.filter(
    (d) =>
      d.id !== department.id &&
      d.retiredAt === null &&
      !d.isCoordinatorDesk &&
      childLevel(d.level) === department.level,
  );
}

/** Parents a new department can have (局 and 部 in use). Pure. */
export function newParentChoices<T extends Node>(departments: readonly T[]): T[] {
  return departments.filter(
    (d) => d.retiredAt === null && !d.isCoordinatorDesk && d.level !== 'section',
  );
}

/** The 課 a department's open proposals can be handed to. Pure. */
export function handoverChoices<T extends Node>(departments: readonly T[], fromId: string): T[] {
  return departments.filter(
    (d) => d.id !== fromId && d.level === 'section' && d.retiredAt === null && !d.isCoordinatorDesk,
  );
}

/** Keywords typed one per line or separated by commas (、 too), trimmed, without repeats. Pure. */
export function parseKeywords(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,、，]/)
        .map((k) => k.trim())
        .filter((k) => k.length > 0),
    ),
  ];
}

/** The handover button's words (an `admin` key): what there is to hand over. */
export function handoverLabel(department: { openProposals: number; openThemes: number }) {
  if (department.openThemes === 0) {
    return 'departments.handover' as const;
  }
  return department.openProposals > 0
    ? ('departments.handoverBoth' as const)
    : ('departments.handoverThemes' as const);
}
