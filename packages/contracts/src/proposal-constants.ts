/** The answer to "is city money needed?", zod-free: the public budget-calendar page asks it too. */
export const CITY_BUDGET_OPTIONS = ['none', 'existing', 'new'] as const;
export type CityBudget = (typeof CITY_BUDGET_OPTIONS)[number];

/** Whether the answer to "is city money needed?" makes the budget calendar relevant. */
export function needsCityBudget(cityBudget: CityBudget | null | undefined): boolean {
  return cityBudget === 'existing' || cityBudget === 'new';
}
