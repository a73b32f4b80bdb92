/**
 * Social return on investment (SROI), as the evaluation of a co-creation project computes it.
 *
 * For each outcome, year 1's value is
 *   quantity × financial proxy × (1 − deadweight) × (1 − displacement) × (1 − attribution),
 * each later year's value is the previous year's × (1 − drop-off), for `durationYears` years; year
 * t is discounted by (1 + rate)^t. The present value is the sum over outcomes and years; the net
 * present value is the present value minus the investment (made at year 0); the SROI ratio is the
 * present value divided by the investment. Rates are fractions from 0 to 1. Amounts are kept to
 * two decimals (yen are rounded to whole yen only when shown).
 */

export type SroiOutcome = {
  /** What changes, for whom (e.g. "夜間の救急搬送の減少"). */
  name: string;
  /** Who benefits (optional, for the impact map). */
  stakeholder?: string;
  /** How many units of the outcome a year (people, cases, hours…). */
  quantity: number;
  /** The value of one unit in yen (the financial proxy). */
  financialProxyYen: number;
  /** Share that would have happened anyway. */
  deadweight: number;
  /** Share that only moved the problem elsewhere. */
  displacement: number;
  /** Share owed to others than the project. */
  attribution: number;
  /** Share lost each year after the first. */
  dropOff: number;
  /** How many years the outcome lasts (1 or more). */
  durationYears: number;
};

export type SroiInput = {
  /** What was invested, in yen, at year 0. */
  investmentYen: number;
  /** The yearly discount rate (0.04 for the 4 % Japanese public-project evaluation uses). */
  discountRate: number;
  outcomes: readonly SroiOutcome[];
};

export type SroiYear = { year: number; valueYen: number; presentValueYen: number };

export type SroiResult = {
  presentValueYen: number;
  netPresentValueYen: number;
  /** Present value ÷ investment; null when nothing was invested. */
  ratio: number | null;
  /** Every outcome's years added up, year by year. */
  byYear: SroiYear[];
  /** Each outcome's years. */
  byOutcome: Array<{ name: string; presentValueYen: number; years: SroiYear[] }>;
};

/** The discount rate Japanese public-project evaluations use. */
export const DEFAULT_DISCOUNT_RATE = 0.04;

/** Limits of the inputs (the forms and the API check them). */
export const SROI_LIMITS = {
  maxOutcomes: 20,
  maxDurationYears: 30,
  maxYen: 1e13,
  maxQuantity: 1e9,
} as const;

/** Two decimals, without the binary noise of floating point (0.1 + 0.2). */
function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/** The years of one outcome: value and present value, unrounded. */
function outcomeYears(
  outcome: SroiOutcome,
  rate: number,
): Array<{ year: number; value: number; pv: number }> {
  const years: Array<{ year: number; value: number; pv: number }> = [];
  let value =
    outcome.quantity *
    outcome.financialProxyYen *
    (1 - outcome.deadweight) *
    (1 - outcome.displacement) *
    (1 - outcome.attribution);
  for (let year = 1; year <= outcome.durationYears; year += 1) {
    if (year > 1) {
      value *= 1 - outcome.dropOff;
    }
    years.push({ year, value, pv: value / (1 + rate) ** year });
  }
  return years;
}

/** The SROI of an evaluation. */
export function computeSroi(input: SroiInput): SroiResult {
  const perOutcome = input.outcomes.map((outcome) => ({
    name: outcome.name,
    years: outcomeYears(outcome, input.discountRate),
  }));
  const horizon = Math.max(0, ...perOutcome.map((o) => o.years.length));
  const byYear: SroiYear[] = [];
  for (let year = 1; year <= horizon; year += 1) {
    let value = 0;
    let pv = 0;
    for (const outcome of perOutcome) {
      const entry = outcome.years[year - 1];
      if (entry) {
        value += entry.value;
        pv += entry.pv;
      }
    }
    byYear.push({ year, valueYen: round2(value), presentValueYen: round2(pv) });
  }
  const presentValue = perOutcome.reduce(
    (sum, outcome) => sum + outcome.years.reduce((s, y) => s + y.pv, 0),
    0,
  );
  return {
    presentValueYen: round2(presentValue),
    netPresentValueYen: round2(presentValue - input.investmentYen),
    ratio: input.investmentYen > 0 ? round2(presentValue / input.investmentYen) : null,
    byYear,
    byOutcome: perOutcome.map((outcome) => ({
      name: outcome.name,
      presentValueYen: round2(outcome.years.reduce((s, y) => s + y.pv, 0)),
      years: outcome.years.map((y) => ({
        year: y.year,
        valueYen: round2(y.value),
        presentValueYen: round2(y.pv),
      })),
    })),
  };
}
