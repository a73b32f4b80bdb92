import type { Role } from '@kyoso/contracts/roles';

/** Who the daily digest e-mails are sent to: the desk and department staff (the API's rule). */
export function receivesDigests(role: Role): boolean {
  return role === 'coordinator' || role === 'department';
}
