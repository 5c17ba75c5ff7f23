import { outcomeProblems, type OutcomeReport } from '../../../src/domain/outcomes/outcome';

const aReport = (overrides: Partial<OutcomeReport> = {}): OutcomeReport => ({
  employees: 10,
  womenEmployed: 4,
  youthEmployed: 6,
  revenueBand: 'under-10k',
  investmentRaised: { amountUsd: 0, source: 'none' },
  turkishDeals: [],
  ...overrides,
});

describe('outcome check-in rules across fields', () => {
  test('when women and youth are at most the employees, then there is no problem', () => {
    expect(outcomeProblems(aReport({ womenEmployed: 10, youthEmployed: 10 }))).toEqual([]);
  });

  test('when women or youth exceed the employees, then each field is named', () => {
    expect(outcomeProblems(aReport({ employees: 2 })).map((p) => p.path)).toEqual([
      'body.womenEmployed',
      'body.youthEmployed',
    ]);
  });

  test('when money has no source or a source no money, then the other field is named', () => {
    const noSource = outcomeProblems(aReport({ investmentRaised: { amountUsd: 10, source: 'none' } }));
    const noMoney = outcomeProblems(aReport({ investmentRaised: { amountUsd: 0, source: 'loan' } }));

    expect(noSource).toEqual([expect.objectContaining({ code: 'outcome.investment-needs-source' })]);
    expect(noMoney).toEqual([expect.objectContaining({ code: 'outcome.source-needs-amount' })]);
  });
});
