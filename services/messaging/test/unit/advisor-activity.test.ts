import {
  newAdvisorActivity,
  recordExpiry,
  recordResponse,
} from '../../src/domain/introduction/advisor-activity';

describe('advisor activity', () => {
  test('when three requests expire in a row, then the third reports the advisor with all three', () => {
    let activity = newAdvisorActivity('advisor-1');

    const first = recordExpiry(activity, 'a');
    activity = first.activity;
    const second = recordExpiry(activity, 'b');
    activity = second.activity;
    const third = recordExpiry(activity, 'c');

    expect([first.unresponsive, second.unresponsive]).toEqual([null, null]);
    expect(third.unresponsive).toEqual(['a', 'b', 'c']);
    expect(third.activity.expiredInARow).toEqual([]);
  });

  test('when the advisor answers between expiries, then the run starts again', () => {
    const afterTwo = recordExpiry(recordExpiry(newAdvisorActivity('advisor-1'), 'a').activity, 'b').activity;

    const answered = recordResponse(afterTwo);
    const next = recordExpiry(answered, 'c');

    expect(next.unresponsive).toBeNull();
    expect(next.activity.expiredInARow).toEqual(['c']);
  });

  test('when there is no run, then an answer changes nothing', () => {
    const activity = newAdvisorActivity('advisor-1');

    expect(recordResponse(activity)).toBe(activity);
  });
});
