import type { SessionUser } from '@kyoso/contracts/auth';
import type { Actor } from './actor';
import { presentDepartmentRef } from '../departments/departments.presenter';
import type { UserRow } from './users.repository';

type OrganizationLike = NonNullable<Actor['organization']>;

export function presentOrganization(org: OrganizationLike) {
  return { id: org.id, name: org.name, kind: org.kind, corporateNumber: org.corporateNumber };
}

/** What `/api/auth/me` and login answer: the user, without secrets. */
export function presentSessionUser(
  user: Pick<
    UserRow,
    | 'id'
    | 'email'
    | 'name'
    | 'role'
    | 'language'
    | 'organizationId'
    | 'departmentId'
    | 'digestOptOut'
  > & {
    emailVerified: boolean;
  },
  organization: OrganizationLike | null,
  department: { id: string; nameJa: string; nameEn: string } | null,
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
    digestOptOut: user.digestOptOut,
    organization: organization ? presentOrganization(organization) : null,
    department: department ? presentDepartmentRef(department) : null,
  };
}

export function presentActor(actor: Actor): SessionUser {
  return presentSessionUser(actor, actor.organization, actor.department);
}
