import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { RELEASES_BASE_URL, setUpMswServer } from '../__testUtils__/apis';
import { renderWithApis } from '../__testUtils__/render';
import { Router } from './Router';

const server = setUpMswServer();

jest.setTimeout(30_000);

describe('the calendar route', () => {
  it('is linked from the Releases page and served at /releases/calendar, not taken for a release id', async () => {
    const calendarRequests: string[] = [];
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, () =>
        HttpResponse.json({ items: [] }),
      ),
      http.get(`${RELEASES_BASE_URL}/releases/:id`, () =>
        HttpResponse.json(
          { error: { name: 'NotFoundError', message: 'no such release' } },
          { status: 404 },
        ),
      ),
      http.get(`${RELEASES_BASE_URL}/calendar`, ({ request }) => {
        calendarRequests.push(request.url);
        return HttpResponse.json({
          from: '',
          to: '',
          releases: [],
          freezes: [],
          conflicts: [],
          truncated: false,
        });
      }),
    );
    await renderWithApis(
      <Routes>
        <Route path="/releases/*" element={<Router />} />
      </Routes>,
      { routeEntries: ['/releases'] },
    );

    const link = await screen.findByRole('button', { name: 'Calendar' });
    expect(link).toHaveAttribute('href', '/releases/calendar');
    await userEvent.click(link);

    expect(
      await screen.findByRole('heading', { name: 'Release calendar' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No releases in this range match the filters.'),
    ).toBeInTheDocument();
    expect(calendarRequests).toHaveLength(1);
  });
});
