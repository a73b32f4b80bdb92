import type { SessionUser } from '@kyoso/contracts/auth';
import type { Actor } from '../../plugins/auth';
import type { DepartmentRow } from '../departments/departments.repository';
import type { OrganizationRow } from '../organizations/organizations.repository';
import type { UserRow } from './users.repository';

export function presentOrganization(org: OrganizationRow) {
  return { id: org.id, name: org.name, kind: org.kind, corporateNumber: org.corporateNumber };
}

export function presentDepartmentRef(dept: Pick<DepartmentRow, 'id' | 'nameJa' | 'nameEn'>) {
  return { id: dept.id, name: { ja: dept.nameJa, en: dept.nameEn } };
}

/** What `/api/auth/me` and login answer: the user, without secrets. */
export function presentSessionUser(
  user: Pick<
    UserRow,
    'id' | 'email' | 'name' | 'role' | 'language' | 'organizationId' | 'departmentId'
  > & {
    emailVerified: boolean;
  },
  organization: OrganizationRow | null,
  department: DepartmentRow | null,
): SessionUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    language: user.language,
    organizationId: user.organizationId,
    departmentId: user.departmentId,
    emailVerified: user.emailVerified,
    organization: organization ? presentOrganization(organization) : null,
    department: department ? presentDepartmentRef(department) : null,
  };
}

export function presentActor(actor: Actor): SessionUser {
  return presentSessionUser(actor, actor.organization, actor.department);
}
