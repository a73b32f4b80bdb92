/** The create-staff form's values. */
export type CreateStaffValues = {
  email: string;
  name: string;
  role: string;
  language: string;
  departmentId: string;
};

/**
 * The request from the form: department staff need a department, so an empty choice stays ''
 * and the contract's check names the field ("「所属部署」を選んでください（必須）"); the desk and
 * administrators may have none (null).
 */
export function toCreateRequest(values: CreateStaffValues) {
  return {
    ...values,
    departmentId: values.departmentId || (values.role === 'department' ? '' : null),
  };
}

/** The calendar date, in Japan, of an instant (an account's creation). */
export function tokyoDate(instant: string): string {
  return new Date(new Date(instant).getTime() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
