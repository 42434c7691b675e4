import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { CalendarFeed } from '../../../api';
import {
  errorResponse,
  RELEASES_BASE_URL,
  setUpMswServer,
} from '../../../__testUtils__/apis';
import { renderWithApis } from '../../../__testUtils__/render';
import { SubscribeButton } from './SubscribeButton';

const server = setUpMswServer();

const FEED_URL =
  'http://localhost:7007/api/releases/feeds/0123456789abcdefghijKLMNOP/calendar.ics';

/** A feed store in memory behind GET/POST /feeds and DELETE /feeds/{id}. */
function serveFeeds(initial: CalendarFeed[]) {
  let feeds = [...initial];
  const created: unknown[] = [];
  const revoked: string[] = [];
  server.use(
    http.get(`${RELEASES_BASE_URL}/feeds`, () =>
      HttpResponse.json({ items: feeds }),
    ),
    http.post(`${RELEASES_BASE_URL}/feeds`, async ({ request }) => {
      const body = (await request.json()) as Partial<CalendarFeed>;
      created.push(body);
      feeds = [
        ...feeds,
        {
          ...body,
          id: 'feed-new',
          includeFreezes: body.includeFreezes ?? true,
        },
      ];
      return HttpResponse.json(
        { id: 'feed-new', url: FEED_URL },
        { status: 201 },
      );
    }),
    http.delete(`${RELEASES_BASE_URL}/feeds/:feedId`, ({ params }) => {
      revoked.push(String(params.feedId));
      feeds = feeds.filter(feed => feed.id !== params.feedId);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return { created, revoked };
}

async function openDialog() {
  await userEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
  return screen.findByRole('dialog', {
    name: 'Subscribe in your calendar app',
  });
}

describe('SubscribeButton creating a feed', () => {
  it('creates a feed for the given filters without freezes, shows its URL and how to add it, and copies it', async () => {
    const user = userEvent.setup();
    const { created } = serveFeeds([]);
    await renderWithApis(
      <SubscribeButton
        owner="group:default/checkout-team"
        entityRef="system:default/storefront"
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Subscribe in your calendar app',
    });
    expect(dialog).toHaveTextContent('Team checkout-team · system storefront');
    expect(
      await within(dialog).findByText('You have no calendar feeds.'),
    ).toBeInTheDocument();

    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Include freeze windows' }),
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Create feed URL' }),
    );

    const url = await within(dialog).findByRole('textbox', {
      name: 'Your secret feed URL',
    });
    expect(url).toHaveValue(FEED_URL);
    expect(created).toEqual([
      {
        owner: 'group:default/checkout-team',
        entityRef: 'system:default/storefront',
        includeFreezes: false,
      },
    ]);
    expect(dialog).toHaveTextContent('“Other calendars”');
    expect(dialog).toHaveTextContent('“From URL”');
    expect(dialog).toHaveTextContent(
      '“Add calendar”, then “Subscribe from web”',
    );

    // user-event's clipboard stands in for the browser's; the spy passes calls through to it.
    const writeText = jest.spyOn(navigator.clipboard, 'writeText');
    const copy = within(dialog).getByRole('button', { name: 'Copy feed URL' });
    await user.click(copy);
    expect(writeText).toHaveBeenCalledWith(FEED_URL);
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Copied to the clipboard.',
    );

    // Without clipboard access the URL is selected for Ctrl+C instead.
    writeText.mockRejectedValueOnce(new Error('NotAllowedError'));
    await user.click(copy);
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Could not reach the clipboard',
    );
    const input = url as HTMLInputElement;
    expect([input.selectionStart, input.selectionEnd]).toEqual([
      0,
      FEED_URL.length,
    ]);

    // The new feed joins the list, described by its filters.
    expect(
      await within(dialog).findByText(
        'Team checkout-team · system storefront · without freeze windows',
      ),
    ).toBeInTheDocument();
  });

  it('sends no filters when the calendar has none', async () => {
    const { created } = serveFeeds([]);
    await renderWithApis(<SubscribeButton />);
    const dialog = await openDialog();
    expect(dialog).toHaveTextContent('All releases you can see');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create feed URL' }),
    );
    await within(dialog).findByRole('textbox', {
      name: 'Your secret feed URL',
    });
    expect(created).toEqual([{ includeFreezes: true }]);
  });

  it('says why a feed could not be created, even for a ref typed into the URL by hand', async () => {
    serveFeeds([]);
    server.use(
      http.post(`${RELEASES_BASE_URL}/feeds`, () =>
        errorResponse(400, 'InputError', 'entityRef: not a valid entity ref'),
      ),
    );
    await renderWithApis(<SubscribeButton entityRef="not-a-ref" />);
    const dialog = await openDialog();
    expect(dialog).toHaveTextContent('these releases: not-a-ref.');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create feed URL' }),
    );
    expect(
      await within(dialog).findByText(
        'Could not create the feed: entityRef: not a valid entity ref',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).queryByRole('textbox', { name: 'Your secret feed URL' }),
    ).toBeNull();
  });
});

describe('SubscribeButton listing the viewer’s feeds', () => {
  it('lists the viewer’s feeds and revokes one with DELETE', async () => {
    const { revoked } = serveFeeds([
      { id: 'feed-a', includeFreezes: true },
      {
        id: 'feed-b',
        owner: 'group:default/web-team',
        entityRef: 'component:default/cart-service',
        includeFreezes: false,
      },
    ]);
    await renderWithApis(<SubscribeButton />);
    const dialog = await openDialog();
    const list = await within(dialog).findByRole('list', {
      name: 'Your calendar feeds',
    });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);

    await userEvent.click(
      within(list).getByRole('button', {
        name: 'Revoke the feed Team web-team · component cart-service · without freeze windows',
      }),
    );
    await waitFor(() => expect(revoked).toEqual(['feed-b']));
    await waitFor(() =>
      expect(within(list).getAllByRole('listitem')).toHaveLength(1),
    );
    expect(list).toHaveTextContent(
      'All releases you can see · with freeze windows',
    );
  });

  it('says when the feeds cannot be listed', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/feeds`, () =>
        errorResponse(500, 'Error', 'database unavailable'),
      ),
    );
    await renderWithApis(<SubscribeButton />);
    const dialog = await openDialog();
    expect(
      await within(dialog).findByText(
        'Could not load your feeds: database unavailable',
      ),
    ).toBeInTheDocument();
  });
});
