import { useNavigate } from 'react-router';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { themesMessages } from '@kyoso/i18n/catalogues/themes';
import type { Department } from '@kyoso/contracts/departments';
import {
  POLICY_AREAS,
  THEME_BUDGETS,
  THEME_RESOURCES,
  type PolicyArea,
  type ThemeBudget,
  type ThemeResource,
} from '@kyoso/contracts/theme-constants';
import { THEME_LIMITS, themeDraftInputSchema, type ManagedTheme } from '@kyoso/contracts/themes';
import { ChoiceGroup, SelectField, TextAreaField, TextField } from '../../../components/ui/field';
import { ErrorSummary } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { useForm } from '../../../lib/form';
import { useI18n, useT } from '../../../lib/i18n';
import { useSaveThemeDraftMutation, type ThemeDraftBody } from '../api/save-theme-draft';

type Values = {
  title: string;
  summary: string;
  policyArea: PolicyArea | '';
  background: string;
  problem: string;
  whoIsAffected: string;
  evidence: string;
  outcomeWanted: string;
  resources: Array<{ kind: ThemeResource; description: string }>;
  budget: ThemeBudget | '';
  contactDepartmentId: string;
  opensOn: string;
  closesOn: string;
  titleEn: string;
  summaryEn: string;
  textEn: string;
};

function initialValues(input: ManagedTheme['input'] | null): Values {
  return {
    title: input?.title ?? '',
    summary: input?.summary ?? '',
    policyArea: input?.policyArea ?? '',
    background: input?.background ?? '',
    problem: input?.problem ?? '',
    whoIsAffected: input?.whoIsAffected ?? '',
    evidence: input?.evidence ?? '',
    outcomeWanted: input?.outcomeWanted ?? '',
    resources: input?.resources ?? [],
    budget: input?.budget ?? '',
    contactDepartmentId: input?.contactDepartmentId ?? '',
    opensOn: input?.opensOn ?? '',
    closesOn: input?.closesOn ?? '',
    titleEn: input?.titleEn ?? '',
    summaryEn: input?.summaryEn ?? '',
    textEn: input?.textEn ?? '',
  };
}

const FORM_FIELDS = [
  'title',
  'summary',
  'policyArea',
  'background',
  'problem',
  'whoIsAffected',
  'evidence',
  'outcomeWanted',
  'resources',
  'budget',
  'opensOn',
  'closesOn',
  'titleEn',
  'summaryEn',
  'textEn',
] as const;

function isFormField(name: string | undefined): name is (typeof FORM_FIELDS)[number] {
  return (FORM_FIELDS as readonly (string | undefined)[]).includes(name);
}

/** What the form sends: blanks become "none" (null) where the contract allows it. */
export function toDraftRequest(values: Values): ThemeDraftBody {
  const orNull = (v: string) => (v.trim() === '' ? null : v);
  return {
    ...values,
    policyArea: values.policyArea as PolicyArea,
    budget: values.budget as ThemeBudget,
    contactDepartmentId: orNull(values.contactDepartmentId),
    titleEn: orNull(values.titleEn),
    summaryEn: orNull(values.summaryEn),
    textEn: orNull(values.textEn),
  };
}

/**
 * A theme as its department writes it: the background, the problem and who has it with the
 * evidence, the outcome wanted, what the city offers (each with a sentence), the budget, whom to
 * contact, the window, and an optional English version.
 */
export function ThemeForm({
  themeId,
  input,
  sections,
}: {
  themeId: string | null;
  input: ManagedTheme['input'] | null;
  sections: readonly Department[];
}) {
  const t = useT(themesMessages);
  const td = useT(domainMessages);
  const { l } = useI18n();
  const navigate = useNavigate();
  const save = useSaveThemeDraftMutation(themeId);
  const form = useForm({
    schema: themeDraftInputSchema,
    initialValues: initialValues(input),
    toRequest: toDraftRequest,
    // Name the theme's own fields (the shared `field.*` labels are the proposal form's).
    labelOf: (path: string): string | undefined => {
      const name = path.split('.')[0];
      return isFormField(name) ? t(`form.${name}`) : undefined;
    },
    onSubmit: async (body) => {
      const saved = await save.mutateAsync(body);
      void navigate(paths.staffTheme(saved.managed.theme.id));
    },
  });
  const v = form.values;
  const text = (
    name: 'title' | 'summary' | 'titleEn' | 'summaryEn',
    max: number,
    required = true,
  ) => (
    <TextField
      label={t(`form.${name}`)}
      name={name}
      required={required}
      markOptional={!required}
      maxLength={max}
      value={v[name]}
      onChange={(value) => form.setValue(name, value)}
      error={form.errors[name]}
    />
  );
  const area = (
    name: 'background' | 'problem' | 'whoIsAffected' | 'evidence' | 'outcomeWanted' | 'textEn',
    required = true,
  ) => (
    <TextAreaField
      label={t(`form.${name}`)}
      name={name}
      required={required}
      markOptional={!required}
      maxLength={name === 'textEn' ? THEME_LIMITS.text * 2 : THEME_LIMITS.text}
      rows={4}
      value={v[name]}
      onChange={(value) => form.setValue(name, value)}
      error={form.errors[name]}
    />
  );
  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary errors={form.errors} message={form.formError} />
      {text('title', THEME_LIMITS.title)}
      {text('summary', THEME_LIMITS.summary)}
      <SelectField
        label={t('form.policyArea')}
        name="policyArea"
        required
        value={v.policyArea}
        placeholder={t('form.choose')}
        options={POLICY_AREAS.map((a) => ({ value: a, label: td(`policyArea.${a}`) }))}
        onChange={(value) => form.setValue('policyArea', value as PolicyArea)}
        error={form.errors.policyArea}
      />
      {area('background')}
      {area('problem')}
      {area('whoIsAffected')}
      {area('evidence')}
      {area('outcomeWanted')}
      <ChoiceGroup
        legend={t('form.resources')}
        hint={t('form.resourcesHint')}
        name="resources"
        type="checkbox"
        markOptional
        options={THEME_RESOURCES.map((r) => ({ value: r, label: t(`resource.${r}`) }))}
        selected={v.resources.map((r) => r.kind)}
        onChange={(kinds) =>
          form.setValue(
            'resources',
            THEME_RESOURCES.filter((k) => kinds.includes(k)).map((kind) => ({
              kind,
              description: v.resources.find((r) => r.kind === kind)?.description ?? '',
            })),
          )
        }
        error={form.errors.resources}
      />
      {v.resources.map((resource, index) => (
        <TextField
          key={resource.kind}
          label={t('form.resourceDescription', { resource: t(`resource.${resource.kind}`) })}
          name={`resources.${index}.description`}
          required
          maxLength={THEME_LIMITS.summary}
          value={resource.description}
          onChange={(value) =>
            form.setValue(
              'resources',
              v.resources.map((r, i) => (i === index ? { ...r, description: value } : r)),
            )
          }
          error={form.errors[`resources.${index}.description`]}
        />
      ))}
      <ChoiceGroup
        legend={t('form.budget')}
        name="budget"
        type="radio"
        required
        options={THEME_BUDGETS.map((b) => ({ value: b, label: t(`budget.${b}`) }))}
        selected={v.budget ? [v.budget] : []}
        onChange={([value]) => form.setValue('budget', (value ?? '') as ThemeBudget)}
        error={form.errors.budget}
      />
      <SelectField
        label={t('form.contact')}
        name="contactDepartmentId"
        value={v.contactDepartmentId}
        placeholder={t('form.contactOwn')}
        options={sections.map((d) => ({
          value: d.id,
          label: l(d.fullName),
        }))}
        onChange={(value) => form.setValue('contactDepartmentId', value)}
        error={form.errors.contactDepartmentId}
      />
      <TextField
        label={t('form.opensOn')}
        name="opensOn"
        type="date"
        required
        value={v.opensOn}
        onChange={(value) => form.setValue('opensOn', value)}
        error={form.errors.opensOn}
      />
      <TextField
        label={t('form.closesOn')}
        name="closesOn"
        type="date"
        required
        value={v.closesOn}
        onChange={(value) => form.setValue('closesOn', value)}
        error={form.errors.closesOn}
      />
      <fieldset className="fieldset">
        <legend className="field__label">{t('form.english')}</legend>
        <p className="field__hint">{t('form.englishHint')}</p>
        {text('titleEn', THEME_LIMITS.title, false)}
        {text('summaryEn', THEME_LIMITS.summary, false)}
        {area('textEn', false)}
      </fieldset>
      <button type="submit" className="button" disabled={form.submitting}>
        {t('form.save')}
      </button>
    </form>
  );
}
