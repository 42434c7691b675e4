import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import {
  errorResponse,
  RELEASES_BASE_URL,
  setUpMswServer,
} from '../../../__testUtils__/apis';
import {
  aRelease,
  defaultTemplate,
  summaryOf,
} from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { ReleasesPage } from './ReleasesPage';

const server = setUpMswServer();

describe('ReleasesPage', () => {
  it('shows progress while loading', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, async () => {
        await delay('infinite');
        return HttpResponse.json({ items: [] });
      }),
    );
    await renderWithApis(<ReleasesPage />);
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('shows the error the API answered with', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, () =>
        errorResponse(500, 'Error', 'the database is unreachable'),
      ),
    );
    await renderWithApis(<ReleasesPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'the database is unreachable',
    );
  });

  it('lists every release and offers to plan one, empty or not', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, () =>
        HttpResponse.json({
          items: [aRelease({ id: 'rel-1', version: '2.4.0' })].map(summaryOf),
        }),
      ),
      http.get(`${RELEASES_BASE_URL}/templates`, () =>
        HttpResponse.json({ items: [defaultTemplate] }),
      ),
    );
    await renderWithApis(<ReleasesPage />);
    expect(
      await screen.findByRole('link', { name: 'Checkout 2.4.0' }),
    ).toHaveAttribute('href', '/releases/rel-1');

    await userEvent.click(
      screen.getByRole('button', { name: 'Plan a release' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByRole('heading', { name: 'Plan a release' }),
    ).toBeInTheDocument();
    expect(
      await within(dialog).findByRole('button', { name: /Default/ }),
    ).toBeInTheDocument();
  });

  it('says when there are no releases yet', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, () =>
        HttpResponse.json({ items: [] }),
      ),
    );
    await renderWithApis(<ReleasesPage />);
    expect(
      await screen.findByText('No releases planned yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Plan a release' }),
    ).toBeInTheDocument();
  });
});
