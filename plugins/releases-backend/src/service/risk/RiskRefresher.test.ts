import { mockServices } from '@backstage/backend-test-utils';
import { RiskRefresher } from './RiskRefresher';

/** A refresh that records its calls and finishes only when told to. */
function gatedRefresh() {
  const calls: string[][] = [];
  const gates: Array<() => void> = [];
  let running = 0;
  let most = 0;
  const refresh = async (ids: string[]) => {
    calls.push([...ids].sort());
    running += 1;
    most = Math.max(most, running);
    await new Promise<void>(resolve => gates.push(resolve));
    running -= 1;
  };
  /** Lets the refreshes started so far finish. */
  const release = async () => {
    while (gates.length) gates.shift()!();
    await new Promise(resolve => setImmediate(resolve));
  };
  return { refresh, calls, release, most: () => most };
}

const tick = () => new Promise(resolve => setImmediate(resolve));

describe('RiskRefresher', () => {
  it('runs one refresh at a time, gathering the ids queued meanwhile into the next', async () => {
    const refresher = new RiskRefresher(mockServices.logger.mock(), {
      gatherMs: 0,
    });
    const gated = gatedRefresh();
    refresher.start(gated.refresh);

    refresher.queue(['a']);
    refresher.queue(['b', 'a']);
    await tick();
    expect(gated.calls).toEqual([['a', 'b']]);

    refresher.queue(['c']);
    refresher.queue(['d', 'c']);
    await tick();
    // The first refresh still runs: the next waits for it.
    expect(gated.calls).toEqual([['a', 'b']]);

    const idle = refresher.idle();
    await gated.release();
    await gated.release();
    await idle;
    expect(gated.calls).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(gated.most()).toBe(1);
  });

  it('keeps what is queued before it starts, and carries on after a failure, logging it', async () => {
    const logger = mockServices.logger.mock();
    const refresher = new RiskRefresher(logger, { gatherMs: 0 });
    const calls: string[][] = [];
    refresher.queue(['early']);
    await refresher.idle();
    expect(calls).toEqual([]);

    refresher.start(async ids => {
      calls.push(ids);
      if (ids.includes('broken')) throw new Error('database is gone');
    });
    refresher.queue(['broken']);
    await refresher.idle();
    refresher.queue(['later']);
    await refresher.idle();

    expect(calls).toEqual([['early', 'broken'], ['later']]);
    expect(logger.error).toHaveBeenCalledWith(
      'Could not refresh the risk of release(s) early, broken: Error: database is gone',
    );
  });

  it('pauses once the refresh under way is done, keeping what is queued meanwhile for the resume', async () => {
    const refresher = new RiskRefresher(mockServices.logger.mock(), {
      gatherMs: 0,
    });
    const gated = gatedRefresh();
    refresher.start(gated.refresh);
    refresher.queue(['a']);
    await tick();

    let paused = false;
    const pausing = refresher.pause().then(resume => {
      paused = true;
      return resume;
    });
    await tick();
    expect(paused).toBe(false);
    await gated.release();
    const resume = await pausing;
    refresher.queue(['b']);
    await tick();
    await refresher.idle();
    expect(gated.calls).toEqual([['a']]);

    resume();
    await tick();
    expect(gated.calls).toEqual([['a'], ['b']]);
    await gated.release();
    await refresher.idle();
  });

  it('stops: drops what is queued and waits for the refresh under way', async () => {
    const refresher = new RiskRefresher(mockServices.logger.mock(), {
      gatherMs: 0,
    });
    const gated = gatedRefresh();
    refresher.start(gated.refresh);
    refresher.queue(['a']);
    await tick();
    refresher.queue(['b']);

    let stopped = false;
    const stopping = refresher.stop().then(() => {
      stopped = true;
    });
    await tick();
    expect(stopped).toBe(false);
    await gated.release();
    await stopping;
    refresher.queue(['c']);
    await refresher.idle();
    expect(gated.calls).toEqual([['a']]);
  });
});

describe('RiskRefresher by default', () => {
  it('waits a moment before refreshing, gathering a burst of writes into one refresh', async () => {
    const refresher = new RiskRefresher(mockServices.logger.mock());
    const calls: string[][] = [];
    refresher.start(async ids => {
      calls.push([...ids].sort());
    });
    refresher.queue(['a']);
    await new Promise(resolve => setTimeout(resolve, 10));
    // The write that queued 'a' has long answered; the refresh has not begun.
    expect(calls).toEqual([]);
    refresher.queue(['b']);
    await refresher.idle();
    expect(calls).toEqual([['a', 'b']]);
  });
});
