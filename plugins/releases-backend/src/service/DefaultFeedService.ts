import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  STATUS_LABELS,
  type ReleaseStatus,
} from '@releasekit/plugin-releases-common';
import ical, { ICalEventStatus } from 'ical-generator';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { FeedFilters, FeedStore } from '../database/FeedStore';
import type { ReleaseReadScope } from '../database/types';
import { actorOf } from './actor';
import type { CreateFeedRequest, Feed } from '../schema/openapi';
import type { DefaultCalendarService } from './DefaultCalendarService';
import type { FeedService } from './FeedService';
import type { ReadOptions } from './ReleaseService';
import { normalizeEntityRef } from './entityRefs';

const DAY = 86_400_000;
/** What a feed shows: the last quarter and the coming year. */
const PAST_DAYS = 90;
const FUTURE_DAYS = 365;

function eventStatus(status: ReleaseStatus): ICalEventStatus {
  if (status === 'cancelled') return ICalEventStatus.CANCELLED;
  if (status === 'draft') return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CONFIRMED;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Personal calendar feeds. Calendar apps cannot send a Backstage token, so the feed URL itself is the
 * secret: 256 random bits, stored only as a hash, revocable. A feed shows what its owner may read,
 * as decided when it was created (see the permission filter it stores).
 */
export class DefaultFeedService implements FeedService {
  constructor(
    private readonly store: FeedStore,
    private readonly calendar: DefaultCalendarService,
    private readonly urls: {
      feedBaseUrl: () => Promise<string>;
      appBaseUrl: string;
    },
    private readonly now: () => number = Date.now,
  ) {}

  async create(
    input: CreateFeedRequest,
    { credentials, readScope = { kind: 'all' } }: ReadOptions,
  ): Promise<{ id: string; url: string }> {
    const filters: FeedFilters = {
      owner: input.owner ? normalizeEntityRef(input.owner, 'owner') : undefined,
      entityRef: input.entityRef
        ? normalizeEntityRef(input.entityRef, 'entityRef')
        : undefined,
      includeFreezes: input.includeFreezes ?? true,
    };
    const token = randomBytes(32).toString('base64url');
    const id = randomUUID();
    await this.store.insert(
      {
        id,
        tokenHash: hashToken(token),
        userRef: actorOf(credentials),
        filters,
        readFilter: readScope,
      },
      this.now(),
    );
    return {
      id,
      url: `${await this.urls.feedBaseUrl()}/feeds/${token}/calendar.ics`,
    };
  }

  async list(credentials: BackstageCredentials): Promise<Feed[]> {
    const feeds = await this.store.listOf(actorOf(credentials));
    return feeds.map(f => ({
      id: f.id,
      includeFreezes: f.filters.includeFreezes,
      ...(f.filters.owner ? { owner: f.filters.owner } : {}),
      ...(f.filters.entityRef ? { entityRef: f.filters.entityRef } : {}),
    }));
  }

  async revoke(id: string, credentials: BackstageCredentials): Promise<void> {
    // Someone else's feed answers like a missing one: its existence is nobody else's business.
    if (!(await this.store.revoke(id, actorOf(credentials), this.now()))) {
      throw new NotFoundError(`No calendar feed ${id} of yours`);
    }
  }

  /** The live feed for a token; unknown and revoked tokens are both "not found". */
  async feedFor(token: string) {
    const feed = await this.store.byTokenHash(hashToken(token));
    if (!feed || feed.revoked) {
      throw new NotFoundError(
        'No such calendar feed; it may have been revoked',
      );
    }
    return feed;
  }

  /**
   * The feed as iCalendar. Each release is one event whose UID never changes and whose SEQUENCE and
   * LAST-MODIFIED follow the release's revision, so calendar apps update it in place.
   */
  async render(token: string): Promise<string> {
    const feed = await this.feedFor(token);
    const now = this.now();
    const data = await this.calendar.calendarWithin(
      {
        from: new Date(now - PAST_DAYS * DAY).toISOString(),
        to: new Date(now + FUTURE_DAYS * DAY).toISOString(),
        owner: feed.filters.owner,
        entityRef: feed.filters.entityRef,
      },
      (feed.readFilter as ReleaseReadScope | null) ?? { kind: 'all' },
    );
    const calendar = ical({
      name: 'Releases',
      description: 'Release windows and freezes from Backstage',
      prodId: {
        company: 'releasekit',
        product: 'backstage-releases',
        language: 'EN',
      },
    });
    for (const release of data.releases) {
      const url = `${this.urls.appBaseUrl}/releases/${release.id}`;
      const readiness = release.readiness;
      calendar.createEvent({
        id: `release-${release.id}@releases.backstage`,
        sequence: release.revision,
        lastModified: new Date(release.updatedAt),
        stamp: new Date(release.updatedAt),
        start: new Date(release.windowStart),
        end: new Date(release.windowEnd),
        summary: `${release.title} ${release.version}`,
        status: eventStatus(release.status),
        url,
        description: [
          `Status: ${STATUS_LABELS[release.status]}`,
          `Readiness: ${readiness.percent}% (${readiness.requiredOpen} required item(s) open)`,
          `Owner: ${release.owner}`,
          `Components: ${release.components.join(', ')}`,
          url,
        ].join('\n'),
      });
    }
    if (feed.filters.includeFreezes) {
      for (const freeze of data.freezes) {
        calendar.createEvent({
          id: `freeze-${freeze.freezeId}-${Date.parse(
            freeze.start,
          )}@releases.backstage`,
          start: new Date(freeze.start),
          end: new Date(freeze.end),
          summary: `Freeze: ${freeze.title}`,
          description: `${freeze.reason}\nScope: ${
            freeze.entityRefs.length
              ? freeze.entityRefs.join(', ')
              : 'the whole organisation'
          }`,
          stamp: new Date(freeze.start),
        });
      }
    }
    return calendar.toString();
  }
}
