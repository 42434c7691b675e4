import { remindersInLog } from './reminders';

describe('remindersInLog', () => {
  it('adds up the runs, the items sent and those taken over from an earlier run', () => {
    const log = [
      '2026-12-03T10:00:00.000Z releases info Sent reminders for 4 item(s) and 0 unready release(s) plugin=releases',
      '2026-12-03T10:00:10.000Z releases warn Could not send a release reminder to group:default/a; it will be tried again',
      '2026-12-03T10:00:40.000Z releases info Sent reminders for 3 item(s) and 1 unready release(s); 2 of them claimed by an earlier run that did not confirm sending plugin=releases',
      '2026-12-03T10:00:50.000Z releases info Sent reminders for 0 item(s) and 1 unready release(s); 1 of them claimed by an earlier run that did not confirm sending',
    ].join('\n');
    expect(remindersInLog(log)).toEqual({ runs: 3, items: 7, retried: 3 });
  });

  it('finds nothing in a log without reminder runs', () => {
    expect(remindersInLog('Listening on :7007\n')).toEqual({
      runs: 0,
      items: 0,
      retried: 0,
    });
  });
});
