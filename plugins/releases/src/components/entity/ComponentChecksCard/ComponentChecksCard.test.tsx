import type { CheckResult } from '@releasekit/plugin-releases-common';
import { act, screen, waitFor, within } from '@testing-library/react';
import { DateTime } from 'luxon';
import { delay, http, HttpResponse } from 'msw';
import {
  errorResponse,
  RELEASES_BASE_URL,
  setUpMswServer,
  TestSignalApi,
} from '../../../__testUtils__/apis';
import { aCheckResult } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { ComponentChecksCard } from './ComponentChecksCard';

const server = setUpMswServer();

const CHECKOUT = 'component:default/checkout-service';

/** Answers GET /checks/results with what `results()` holds at the time, and records the queries. */
function serveResults(results: () => CheckResult[]) {
  const queries: string[] = [];
  server.use(
    http.get(`${RELEASES_BASE_URL}/checks/results`, ({ request }) => {
      queries.push(new URL(request.url).searchParams.get('entityRef')!);
      return HttpResponse.json({ items: results() });
    }),
  );
  return queries;
}

function rowOf(check: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Check results' });
  return within(table).getByText(check).closest('tr') as HTMLElement;
}

const minutesAgo = (minutes: number) =>
  DateTime.now().minus({ minutes }).toISO()!;

describe('ComponentChecksCard listing results', () => {
  it('lists the latest result of each check: status in words, summary, when, who and the evidence', async () => {
    const failedAt = minutesAgo(5);
    const queries = serveResults(() => [
      aCheckResult({
        check: 'ci.tests',
        status: 'passed',
        url: 'https://ci.example.com/runs/41',
        reportedAt: minutesAgo(60),
        reportedBy: 'external:github-actions',
      }),
      aCheckResult({
        check: 'ci.security-scan',
        status: 'failed',
        summary: '2 critical findings in payment-sdk',
        url: 'https://scanner.example.com/reports/9',
        reportedAt: failedAt,
        reportedBy: 'user:default/jane',
      }),
      aCheckResult({
        check: 'catalog.owner',
        status: 'running',
        url: null,
        version: null,
        reportedBy: 'provider:catalog',
      }),
    ]);
    await renderWithApis(
      <ComponentChecksCard entityRef={CHECKOUT} releaseIds={[]} />,
    );

    const table = await screen.findByRole('table', { name: 'Check results' });
    expect(queries).toEqual([CHECKOUT]);
    // By check key, so the card reads the same on every visit.
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map(row => row.querySelector('th')!.firstChild!.textContent),
    ).toEqual(['catalog.owner', 'ci.security-scan', 'ci.tests']);

    const failed = rowOf('ci.security-scan');
    expect(within(failed).getByText('Failed')).toBeInTheDocument();
    expect(
      within(failed).getByText('2 critical findings in payment-sdk'),
    ).toBeInTheDocument();
    expect(within(failed).getByText('version 2.4.0')).toBeInTheDocument();
    const when = within(failed).getByText('5 minutes ago');
    expect(when).toHaveAttribute('datetime', failedAt);
    expect(when.getAttribute('title')).toMatch(
      String(DateTime.fromISO(failedAt).year),
    );
    // A person is a catalog link; a pipeline's or a provider's subject is plain text.
    expect(within(failed).getByRole('link', { name: 'jane' })).toHaveAttribute(
      'href',
      '/catalog/default/user/jane',
    );
    const evidence = within(failed).getByRole('link', { name: 'Evidence' });
    expect(evidence).toHaveAttribute(
      'href',
      'https://scanner.example.com/reports/9',
    );
    // Underlined: a link must not differ by colour alone (axe: link-in-text-block).
    expect(evidence.className).toMatch(/underlineAlways/);

    const passed = rowOf('ci.tests');
    expect(within(passed).getByText('Passed')).toBeInTheDocument();
    expect(within(passed).getByText('1 hour ago')).toBeInTheDocument();
    expect(
      within(passed).getByText('external:github-actions'),
    ).toBeInTheDocument();
    expect(within(passed).getAllByRole('link')).toHaveLength(1);

    const running = rowOf('catalog.owner');
    expect(within(running).getByText('Running')).toBeInTheDocument();
    expect(within(running).getByText('provider:catalog')).toBeInTheDocument();
    expect(within(running).queryByRole('link')).toBeNull();
  });

  it('reloads when one of the component’s releases signals a change, such as an item a result settled', async () => {
    let results = [aCheckResult({ check: 'ci.tests', status: 'running' })];
    const queries = serveResults(() => results);
    const signalApi = new TestSignalApi();
    await renderWithApis(
      <ComponentChecksCard entityRef={CHECKOUT} releaseIds={['rel-next']} />,
      { signalApi },
    );
    expect(
      await within(await screen.findByRole('table')).findByText('Running'),
    ).toBeInTheDocument();

    results = [
      aCheckResult({
        check: 'ci.tests',
        status: 'failed',
        summary: '3 tests failed',
      }),
    ];
    // Another release's change is none of this card's business.
    act(() => {
      signalApi.publish('releases:release:rel-other', {
        releaseId: 'rel-other',
      });
      signalApi.publish('releases:release:rel-next', { releaseId: 'rel-next' });
    });
    await waitFor(
      () => expect(screen.getByText('3 tests failed')).toBeInTheDocument(),
      { timeout: 10_000 },
    );
    expect(screen.getByText('Failed')).toBeInTheDocument();
    expect(queries).toHaveLength(2);
  });
});

describe('ComponentChecksCard before there are results', () => {
  it('says when no result was reported yet, and how pipelines report them', async () => {
    serveResults(() => []);
    await renderWithApis(
      <ComponentChecksCard entityRef={CHECKOUT} releaseIds={[]} />,
    );
    expect(
      await screen.findByText('No check results for this component yet.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /Pipelines report them to POST \/api\/releases\/checks\/results/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows progress while the results load, and the error the API answered with', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/checks/results`, async () => {
        await delay(200);
        return errorResponse(403, 'NotAllowedError', 'You may not read checks');
      }),
    );
    await renderWithApis(
      <ComponentChecksCard entityRef={CHECKOUT} releaseIds={[]} />,
    );
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load check results');
    expect(alert).toHaveTextContent('You may not read checks');
  });
});
