import {
  fakeTechInsights,
  techInsightsCheck,
} from './__testUtils__/fakeTechInsights';
import { TechInsightsCheckProvider } from './TechInsightsCheckProvider';

const ORDERS = 'component:default/orders';
const LABS = 'component:default/labs';
const signal = new AbortController().signal;

describe('TechInsightsCheckProvider', () => {
  it('handles tech-insights:<checkId> keys only', () => {
    const p = new TechInsightsCheckProvider(fakeTechInsights([], {}).service);
    expect(p.handles('tech-insights:has-techdocs')).toBe(true);
    expect(p.handles('tech-insights:')).toBe(false);
    expect(p.handles('catalog.docs')).toBe(false);
  });

  it('maps boolean results to passed and failed, in one bulk run for all components', async () => {
    const { service, bulkRuns } = fakeTechInsights(
      [
        techInsightsCheck('has-techdocs', {
          name: 'Has TechDocs',
          description: 'The component has TechDocs set up.',
          links: [
            { title: 'How to', url: 'https://docs.example.com/techdocs' },
          ],
        }),
        techInsightsCheck('has-owner'),
        techInsightsCheck('unrelated'),
      ],
      {
        [ORDERS]: { 'has-techdocs': true, 'has-owner': true },
        [LABS]: { 'has-techdocs': false, 'has-owner': 'maybe' },
      },
    );
    const results = await new TechInsightsCheckProvider(service).evaluate({
      entityRefs: [ORDERS, LABS],
      checks: ['tech-insights:has-techdocs', 'tech-insights:has-owner'],
      signal,
    });
    expect(bulkRuns).toEqual([
      { entities: [ORDERS, LABS], checks: ['has-techdocs', 'has-owner'] },
    ]);
    expect(results).toEqual([
      {
        entityRef: ORDERS,
        check: 'tech-insights:has-techdocs',
        status: 'passed',
        url: 'https://docs.example.com/techdocs',
      },
      { entityRef: ORDERS, check: 'tech-insights:has-owner', status: 'passed' },
      {
        entityRef: LABS,
        check: 'tech-insights:has-techdocs',
        status: 'failed',
        summary:
          'Failed the Tech Insights check "Has TechDocs" (The component has TechDocs set up).',
        url: 'https://docs.example.com/techdocs',
      },
      // A result that is not a boolean is not a verdict: LABS's has-owner item keeps its last result.
    ]);
  });

  it('fails checks that Tech Insights does not define, naming them', async () => {
    const { service, bulkRuns } = fakeTechInsights([], {});
    const results = await new TechInsightsCheckProvider(service).evaluate({
      entityRefs: [ORDERS],
      checks: ['tech-insights:typo'],
      signal,
    });
    expect(results).toEqual([
      {
        entityRef: ORDERS,
        check: 'tech-insights:typo',
        status: 'failed',
        summary: 'Tech Insights has no check "typo".',
      },
    ]);
    expect(bulkRuns).toEqual([]);
  });

  it('runs many components in batches of 100 and stops when the run is aborted', async () => {
    const refs = Array.from(
      { length: 250 },
      (_, i) => `component:default/svc-${i}`,
    );
    const { service, bulkRuns } = fakeTechInsights(
      [techInsightsCheck('has-techdocs')],
      Object.fromEntries(refs.map(r => [r, { 'has-techdocs': true }])),
    );
    const provider = new TechInsightsCheckProvider(service);
    const request = {
      entityRefs: refs,
      checks: ['tech-insights:has-techdocs'],
    };
    const results = await provider.evaluate({ ...request, signal });
    expect(results).toHaveLength(250);
    expect(bulkRuns.map(r => r.entities.length)).toEqual([100, 100, 50]);
    await expect(
      provider.evaluate({
        ...request,
        signal: AbortSignal.abort(new Error('timed out')),
      }),
    ).rejects.toThrow('timed out');
  });
});
