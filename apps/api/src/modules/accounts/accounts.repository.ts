/**
 * The administrators' list of accounts: the users, with the name of the organisation or the
 * department each belongs to (read through those modules' repositories).
 */
import type { Role } from '@kyoso/contracts/roles';
import type { Executor } from '../../db/client';
import { findDepartments } from '../departments/departments.repository';
import { findOrganizationsByIds } from '../organizations/organizations.repository';
import { findUsers } from '../users/users.repository';

export async function findUsersForAdmin(db: Executor, filter: { role?: Role; q?: string }) {
  const users = await findUsers(db, filter);
  const organizationIds = [
    ...new Set(users.map((u) => u.organizationId).filter((id): id is string => id !== null)),
  ];
  const [organizations, departments] = await Promise.all([
    findOrganizationsByIds(db, organizationIds),
    findDepartments(db),
  ]);
  const organizationById = new Map(organizations.map((o) => [o.id, o]));
  const departmentById = new Map(departments.map((d) => [d.id, d]));
  return users.map((user) => ({
    user,
    organization: user.organizationId ? (organizationById.get(user.organizationId) ?? null) : null,
    department: user.departmentId ? (departmentById.get(user.departmentId) ?? null) : null,
  }));
}
