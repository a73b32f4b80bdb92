import type { Theme, ThemeSummary } from '@kyoso/contracts/themes';
import { fullDepartmentName } from '../departments/departments.presenter';
import type { DepartmentRow } from '../departments/departments.repository';
import { themeWindow, type ThemeRow } from './themes.repository';

export function presentThemeSummary(
  theme: ThemeRow,
  department: DepartmentRow,
  departments: ReadonlyMap<string, DepartmentRow>,
  today: string,
): ThemeSummary {
  return {
    id: theme.id,
    title: theme.title,
    summary: theme.summary,
    policyArea: theme.policyArea,
    department: {
      id: department.id,
      name: { ja: department.nameJa, en: department.nameEn },
      fullName: fullDepartmentName(department, departments),
    },
    opensOn: theme.opensOn,
    closesOn: theme.closesOn,
    window: themeWindow(theme, today),
  };
}

export function presentTheme(
  theme: ThemeRow,
  department: DepartmentRow,
  departments: ReadonlyMap<string, DepartmentRow>,
  today: string,
): Theme {
  return {
    ...presentThemeSummary(theme, department, departments, today),
    background: theme.background,
    problem: theme.problem,
    outcomeWanted: theme.outcomeWanted,
    resourcesOffered: theme.resourcesOffered,
    publishedAt: theme.publishedAt?.toISOString() ?? null,
  };
}
