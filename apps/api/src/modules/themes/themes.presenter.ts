import type { ManagedTheme, Theme, ThemeCan, ThemeSummary } from '@kyoso/contracts/themes';
import { fullDepartmentName } from '../departments/departments.presenter';
import type { DepartmentRow } from '../departments/departments.repository';
import {
  themeWindow,
  type ThemeAmendmentRow,
  type ThemeQuestionRow,
  type ThemeRow,
} from './themes.repository';

function departmentRef(department: DepartmentRow, departments: ReadonlyMap<string, DepartmentRow>) {
  return {
    id: department.id,
    name: { ja: department.nameJa, en: department.nameEn },
    fullName: fullDepartmentName(department, departments),
  };
}

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
    department: departmentRef(department, departments),
    opensOn: theme.opensOn,
    closesOn: theme.closesOn,
    window: themeWindow(theme, today),
    english: theme.titleEn ? { title: theme.titleEn, summary: theme.summaryEn ?? '' } : null,
  };
}

/** What a theme's page shows besides the theme's own row. */
export type ThemeExtras = {
  amendments: readonly ThemeAmendmentRow[];
  /** Answered questions only reach the public presenter. */
  questions: readonly ThemeQuestionRow[];
  proposalCount: number;
};

/** A theme as anyone reads it: its answered questions, never who asked. */
export function presentTheme(
  theme: ThemeRow,
  department: DepartmentRow,
  departments: ReadonlyMap<string, DepartmentRow>,
  today: string,
  extras: ThemeExtras,
): Theme {
  const contact =
    (theme.contactDepartmentId ? departments.get(theme.contactDepartmentId) : undefined) ??
    department;
  return {
    ...presentThemeSummary(theme, department, departments, today),
    background: theme.background,
    problem: theme.problem,
    outcomeWanted: theme.outcomeWanted,
    resourcesOffered: theme.resourcesOffered,
    publishedAt: theme.publishedAt?.toISOString() ?? null,
    whoIsAffected: theme.whoIsAffected,
    evidence: theme.evidence,
    resources: theme.resources,
    budget: theme.budget,
    contactDepartment: departmentRef(contact, departments),
    textEn: theme.titleEn ? theme.textEn : null,
    amendments: extras.amendments.map((a) => ({ id: a.id, text: a.text, amendedOn: a.amendedOn })),
    closedEarly:
      theme.status === 'closed' && theme.closedOn
        ? { closedOn: theme.closedOn, reason: theme.closedReason ?? '' }
        : null,
    questions: extras.questions.flatMap((q) =>
      q.answer !== null && q.answeredAt
        ? [
            {
              id: q.id,
              question: q.question,
              answer: q.answer,
              answeredAt: q.answeredAt.toISOString(),
            },
          ]
        : [],
    ),
    proposalCount: extras.proposalCount,
  };
}

/** A theme as its department and the desk see it. */
export function presentManagedTheme(
  theme: ThemeRow,
  department: DepartmentRow,
  departments: ReadonlyMap<string, DepartmentRow>,
  today: string,
  extras: ThemeExtras,
  can: ThemeCan,
): ManagedTheme {
  return {
    theme: presentTheme(theme, department, departments, today, extras),
    status: theme.status,
    submittedAt: theme.submittedAt?.toISOString() ?? null,
    reviewComment: theme.reviewComment,
    input: {
      title: theme.title,
      summary: theme.summary,
      policyArea: theme.policyArea,
      background: theme.background,
      problem: theme.problem,
      whoIsAffected: theme.whoIsAffected,
      evidence: theme.evidence,
      outcomeWanted: theme.outcomeWanted,
      resources: theme.resources,
      budget: theme.budget,
      contactDepartmentId: theme.contactDepartmentId,
      opensOn: theme.opensOn,
      closesOn: theme.closesOn,
      titleEn: theme.titleEn,
      summaryEn: theme.summaryEn,
      textEn: theme.textEn,
    },
    questions: extras.questions.map((q) => ({
      id: q.id,
      question: q.question,
      askedAt: q.createdAt.toISOString(),
      answer: q.answer,
      answeredAt: q.answeredAt?.toISOString() ?? null,
    })),
    can,
  };
}
