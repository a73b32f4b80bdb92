import { describe, expect, it } from 'vitest';
import { computeSroi, type SroiInput, type SroiOutcome } from './sroi';

/** An outcome: quantity, proxy (yen), deadweight, displacement, attribution, drop-off, years. */
function o(
  quantity: number,
  financialProxyYen: number,
  deadweight: number,
  displacement: number,
  attribution: number,
  dropOff: number,
  durationYears: number,
): SroiOutcome {
  return {
    name: `${quantity} × ${financialProxyYen}`,
    quantity,
    financialProxyYen,
    deadweight,
    displacement,
    attribution,
    dropOff,
    durationYears,
  };
}

/**
 * Worked cases. The expected figures were computed independently (Python, exact decimals,
 * half-up to two decimals), not with this module.
 */
const CASES: Array<
  [
    string,
    SroiInput,
    { presentValueYen: number; netPresentValueYen: number; ratio: number | null },
    Array<[number, number, number]>,
  ]
> = [
  [
    'one outcome, one year: only the discount takes its share',
    { investmentYen: 1000000, discountRate: 0.04, outcomes: [o(100, 10000, 0, 0, 0, 0, 1)] },
    { presentValueYen: 961538.46, netPresentValueYen: -38461.54, ratio: 0.96 },
    [[1, 1000000.0, 961538.46]],
  ],
  [
    'deadweight, displacement and attribution each take their share',
    { investmentYen: 1000000, discountRate: 0.04, outcomes: [o(100, 10000, 0.2, 0.1, 0.25, 0, 1)] },
    { presentValueYen: 519230.77, netPresentValueYen: -480769.23, ratio: 0.52 },
    [[1, 540000.0, 519230.77]],
  ],
  [
    'drop-off over three years',
    { investmentYen: 2000000, discountRate: 0.04, outcomes: [o(50, 40000, 0, 0, 0, 0.3, 3)] },
    { presentValueYen: 4088672.05, netPresentValueYen: 2088672.05, ratio: 2.04 },
    [
      [1, 2000000.0, 1923076.92],
      [2, 1400000.0, 1294378.7],
      [3, 980000.0, 871216.43],
    ],
  ],
  [
    'a zero discount rate adds the years up',
    { investmentYen: 500000, discountRate: 0, outcomes: [o(10, 20000, 0, 0, 0, 0.5, 4)] },
    { presentValueYen: 375000.0, netPresentValueYen: -125000.0, ratio: 0.75 },
    [
      [1, 200000.0, 200000.0],
      [2, 100000.0, 100000.0],
      [3, 50000.0, 50000.0],
      [4, 25000.0, 25000.0],
    ],
  ],
  [
    'night on-call pilot for 17 nursing homes: two outcomes',
    {
      investmentYen: 3000000,
      discountRate: 0.04,
      outcomes: [o(270, 25000, 0.3, 0.05, 0.4, 0.2, 3), o(17, 120000, 0.1, 0, 0.5, 0.1, 2)],
    },
    { presentValueYen: 7760618.17, netPresentValueYen: 4760618.17, ratio: 2.59 },
    [
      [1, 3611250.0, 3472355.77],
      [2, 2980800.0, 2755917.16],
      [3, 1723680.0, 1532345.24],
    ],
  ],
  [
    'an outcome that would have happened anyway is worth nothing',
    { investmentYen: 1000000, discountRate: 0.04, outcomes: [o(100, 10000, 1, 0, 0, 0, 5)] },
    { presentValueYen: 0.0, netPresentValueYen: -1000000.0, ratio: 0.0 },
    [
      [1, 0.0, 0.0],
      [2, 0.0, 0.0],
      [3, 0.0, 0.0],
      [4, 0.0, 0.0],
      [5, 0.0, 0.0],
    ],
  ],
  [
    'a drop-off of 100 % leaves only the first year',
    { investmentYen: 1000000, discountRate: 0.04, outcomes: [o(100, 10000, 0, 0, 0, 1, 3)] },
    { presentValueYen: 961538.46, netPresentValueYen: -38461.54, ratio: 0.96 },
    [
      [1, 1000000.0, 961538.46],
      [2, 0.0, 0.0],
      [3, 0.0, 0.0],
    ],
  ],
  [
    'a higher discount rate over ten years',
    {
      investmentYen: 10000000,
      discountRate: 0.07,
      outcomes: [o(1000, 2000, 0.1, 0.1, 0.1, 0.05, 10)],
    },
    { presentValueYen: 8451934.88, netPresentValueYen: -1548065.12, ratio: 0.85 },
    [
      [1, 1458000.0, 1362616.82],
      [2, 1385100.0, 1209799.98],
      [3, 1315845.0, 1074121.48],
      [4, 1250052.75, 953659.26],
      [5, 1187550.11, 846706.82],
      [6, 1128172.61, 751749.04],
      [7, 1071763.98, 667440.74],
      [8, 1018175.78, 592587.57],
      [9, 967266.99, 526129.15],
      [10, 918903.64, 467124.01],
    ],
  ],
  [
    'nothing invested: no ratio',
    { investmentYen: 0, discountRate: 0.04, outcomes: [o(10, 1000, 0, 0, 0, 0, 1)] },
    { presentValueYen: 9615.38, netPresentValueYen: 9615.38, ratio: null },
    [[1, 10000.0, 9615.38]],
  ],
  [
    'no outcome: a ratio of zero',
    { investmentYen: 1000000, discountRate: 0.04, outcomes: [] },
    { presentValueYen: 0.0, netPresentValueYen: -1000000.0, ratio: 0.0 },
    [],
  ],
  [
    'fractional quantities and proxies',
    {
      investmentYen: 123456.78,
      discountRate: 0.035,
      outcomes: [o(12.5, 3333.33, 0.15, 0.05, 0.2, 0.1, 2)],
    },
    { presentValueYen: 48620.69, netPresentValueYen: -74836.09, ratio: 0.39 },
    [
      [1, 26916.64, 26006.42],
      [2, 24224.98, 22614.27],
    ],
  ],
  [
    'outcomes of different durations',
    {
      investmentYen: 800000,
      discountRate: 0.04,
      outcomes: [o(20, 5000, 0, 0, 0, 0, 1), o(5, 30000, 0, 0, 0, 0.25, 3)],
    },
    { presentValueYen: 419406.26, netPresentValueYen: -380593.74, ratio: 0.52 },
    [
      [1, 250000.0, 240384.62],
      [2, 112500.0, 104012.57],
      [3, 84375.0, 75009.07],
    ],
  ],
];

describe('SROI', () => {
  it.each(CASES)('%s', (_name, input, totals, years) => {
    const result = computeSroi(input);
    expect(result).toMatchObject(totals);
    expect(result.byYear).toEqual(
      years.map(([year, valueYen, presentValueYen]) => ({ year, valueYen, presentValueYen })),
    );
  });

  it('gives each outcome its own years, adding up to the total', () => {
    const result = computeSroi(CASES[4]![1]);
    expect(result.byOutcome.map((b) => b.years.length)).toEqual([3, 2]);
    const sum = result.byOutcome.reduce((s, b) => s + b.presentValueYen, 0);
    expect(Math.abs(sum - result.presentValueYen)).toBeLessThan(0.02);
  });
});
