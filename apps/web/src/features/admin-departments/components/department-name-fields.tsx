import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import { DEPARTMENT_LIMITS } from '@kyoso/contracts/departments';
import { TextField } from '../../../components/ui/field';
import type { FormState } from '../../../lib/form';
import { useT } from '../../../lib/i18n';

type Names = { nameJa: string; nameEn: string };

/** A department's two names (Japanese, English), as both the create and the edit forms ask them. */
export function DepartmentNameFields<T extends Names>({ form }: { form: FormState<T> }) {
  const t = useT(adminMessages);
  const set = form.setValue as (key: keyof Names, value: string) => void;
  return (
    <>
      <TextField
        label={t('departments.nameJa')}
        name="nameJa"
        required
        maxLength={DEPARTMENT_LIMITS.name}
        value={form.values.nameJa}
        onChange={(v) => set('nameJa', v)}
        error={form.errors.nameJa}
      />
      <TextField
        label={t('departments.nameEn')}
        name="nameEn"
        required
        maxLength={DEPARTMENT_LIMITS.name}
        value={form.values.nameEn}
        onChange={(v) => set('nameEn', v)}
        error={form.errors.nameEn}
      />
    </>
  );
}
