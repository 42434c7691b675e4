import type { SoakClient } from './client';
import type { Replica } from './replica';

/** One cross-replica observation: written through one replica, read at once through the other. */
export interface Probe {
  kind: 'feed' | 'freeze' | 'catch-up';
  from: string;
  to: string;
  pass: boolean;
  detail: string;
  /** Failed because the kill came while it ran: neither pass nor fail. */
  cut?: boolean;
}

const DAY = 86_400_000;

/** A calendar feed created through `from` and fetched (its ICS) through `to`. */
export async function feedProbe(
  client: SoakClient,
  from: Replica,
  to: Replica,
): Promise<Probe> {
  const probe = { kind: 'feed' as const, from: from.name, to: to.name };
  const created = await client.call(from, 'feed create', '/feeds', {
    method: 'POST',
    body: { includeFreezes: true },
  });
  if (created.status !== 201 && created.status !== 200) {
    return { ...probe, pass: false, detail: `POST /feeds: ${created.status}` };
  }
  const path = new URL(created.body.url).pathname.replace(
    /^\/api\/releases/,
    '',
  );
  const ics = await client.call(to, 'feed ics', path);
  const pass =
    ics.status === 200 && String(ics.body).includes('BEGIN:VCALENDAR');
  return {
    ...probe,
    pass,
    detail: `feed ${created.body.id}: ${ics.status} on ${to.name}`,
  };
}

/** A freeze window the soak edits: created once, then retitled through one replica per probe. */
export class FreezeProbe {
  private id = '';
  private revision = 0;
  private start = 0;
  private count = 0;
  /** The title last written, to be seen on every replica's calendar. */
  title = '';

  constructor(private readonly client: SoakClient) {}

  async create(through: Replica, now: number) {
    this.start = now + 5 * DAY;
    this.title = 'Soak freeze 0';
    const created = await this.client.call(through, 'freeze edit', '/freezes', {
      method: 'POST',
      body: {
        title: this.title,
        reason: 'Soak: edited through one replica, read through the other',
        start: new Date(this.start).toISOString(),
        end: new Date(this.start + DAY).toISOString(),
        entityRefs: ['system:default/system-001'],
      },
    });
    if (created.status !== 201 && created.status !== 200) {
      throw new Error(
        `POST /freezes: ${created.status} ${JSON.stringify(created.body)}`,
      );
    }
    this.id = created.body.id;
    this.revision = created.body.revision;
  }

  /** The title the calendar of `replica` shows for the freeze now. */
  async seenBy(replica: Replica): Promise<string | undefined> {
    const from = new Date(this.start - DAY).toISOString();
    const to = new Date(this.start + 2 * DAY).toISOString();
    const calendar = await this.client.call(
      replica,
      'calendar',
      `/calendar?from=${from}&to=${to}`,
    );
    return (
      calendar.body?.freezes as
        | Array<{ freezeId: string; title: string }>
        | undefined
    )?.find(f => f.freezeId === this.id)?.title;
  }

  /** Retitles it through `from`; the calendar of `to` must show the new title on the next request. */
  async probe(from: Replica, to: Replica): Promise<Probe> {
    this.count += 1;
    const title = `Soak freeze ${this.count}`;
    const edited = await this.client.call(
      from,
      'freeze edit',
      `/freezes/${this.id}`,
      {
        method: 'PATCH',
        body: { revision: this.revision, title },
      },
    );
    const probe = { kind: 'freeze' as const, from: from.name, to: to.name };
    if (edited.status !== 200) {
      return {
        ...probe,
        pass: false,
        detail: `PATCH /freezes: ${edited.status}`,
      };
    }
    this.revision = edited.body.revision;
    this.title = title;
    const seen = await this.seenBy(to);
    return {
      ...probe,
      pass: seen === title,
      detail: `wrote "${title}", ${to.name}'s calendar showed "${seen}"`,
    };
  }
}
