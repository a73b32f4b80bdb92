/**
 * The logged-in user, as every service sees it: who they are, their role, and the organisation
 * or department they act for. Built by the auth plugin from the session; services receive it as
 * an argument (they never read the request).
 */
import type { OrganizationKind } from '@kyoso/contracts/organizations';
import type { Role } from '@kyoso/contracts/roles';
import type { Language } from '@kyoso/i18n/languages';

export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  language: Language;
  organizationId: string | null;
  departmentId: string | null;
  emailVerified: boolean;
  /** The person turned the daily digests off. */
  digestOptOut: boolean;
  sessionId: string;
  /** The proposer's organisation. */
  organization: {
    id: string;
    name: string;
    kind: OrganizationKind;
    corporateNumber: string | null;
  } | null;
  /** The staff member's department (課). */
  department: { id: string; code: string; nameJa: string; nameEn: string } | null;
};
