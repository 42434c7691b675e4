import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import type {
  FreezeOccurrence,
  FreezeWindow,
} from '@releasekit/plugin-releases-common';
import { randomUUID } from 'node:crypto';
import type {
  FreezeFields,
  FreezeStore,
  NewFreeze,
} from '../database/FreezeStore';
import { actorOf } from './actor';
import type { ComponentCatalog } from '../catalog/ComponentCatalog';
import { normalizeEntityRef, normalizeEntityRefs } from './entityRefs';
import {
  freezeOccurrences,
  parseRecurrence,
  RecurrenceCache,
} from './freezeOccurrences';
import { parseTimestamp, parseWindow } from './windows';
import type { FreezeInput, FreezeUpdate } from '../schema/openapi';
import {
  type ActiveFreezes,
  FREEZE_LOOKAHEAD_DAYS,
  type FreezeService,
  type FreezeStatus,
  type ListFreezesQuery,
} from './FreezeService';
import { requiredText } from './text';

const SCOPE_KINDS = ['system', 'component', 'group'];
const DAY_MS = 86_400_000;

function readConfigFreezes(config: Config): FreezeWindow[] {
  return (config.getOptionalConfigArray('releases.freezes') ?? []).map(f => {
    const id = f.getString('id');
    const { start, end } = parseWindow(
      f.getString('start'),
      f.getString('end'),
    );
    const recurrence = f.getOptionalString('recurrence') ?? null;
    if (recurrence) parseRecurrence(recurrence, start);
    return {
      id: `config:${id}`,
      title: f.getString('title'),
      reason: f.getOptionalString('reason') ?? '',
      start: new Date(start).toISOString(),
      end: new Date(end).toISOString(),
      recurrence,
      entityRefs: normalizeEntityRefs(
        f.getOptionalStringArray('entityRefs') ?? [],
        `releases.freezes[${id}].entityRefs`,
        SCOPE_KINDS,
      ),
      source: 'config' as const,
      revision: 1,
      createdBy: null,
    };
  });
}

/** Freeze windows from the API and from app-config, and the occurrences that fall in a range. */
export class DefaultFreezeService implements FreezeService {
  private readonly configured: FreezeWindow[];
  private readonly recurrences = new RecurrenceCache();

  constructor(
    private readonly store: FreezeStore,
    private readonly catalog: ComponentCatalog,
    config: Config,
    private readonly now: () => number = Date.now,
  ) {
    this.configured = readConfigFreezes(config);
  }

  /**
   * All freezes, or with both `from` and `to` those with an occurrence in the range. Only one end
   * of the range lists them all, as both absent do.
   */
  async list(
    query: ListFreezesQuery,
    _credentials?: BackstageCredentials,
  ): Promise<FreezeWindow[]> {
    // A range open at one end would expand recurring freezes without end: both ends, or neither.
    if (query.from && !query.to) {
      throw new InputError('to: required with from (a range needs both ends)');
    }
    if (query.to && !query.from) {
      throw new InputError('from: required with to (a range needs both ends)');
    }
    if (!query.from || !query.to) {
      return [...this.configured, ...(await this.store.list())];
    }
    const { from, to } = this.range(query.from, query.to);
    const stored = await this.store.list({ from, to });
    return [...this.configured, ...stored].filter(
      f => freezeOccurrences(f, from, to, this.recurrences).length > 0,
    );
  }

  /** Every occurrence overlapping [from, to), recurring freezes expanded. */
  async occurrences(from: number, to: number): Promise<FreezeOccurrence[]> {
    const stored = await this.store.list({ from, to });
    return [...this.configured, ...stored]
      .flatMap(f => freezeOccurrences(f, from, to, this.recurrences))
      .sort((a, b) => a.start.localeCompare(b.start));
  }

  /** Occurrences in force at this moment. */
  async activeNow(): Promise<FreezeOccurrence[]> {
    const now = this.now();
    return this.occurrences(now, now + 1);
  }

  /**
   * Whether an entity is frozen now, for CI pipelines. A component is covered by freezes naming it,
   * its system or its owning group, as the catalog says (one request); other entities by freezes
   * naming them.
   */
  async activeFor(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<ActiveFreezes> {
    const { ref, covers } = await this.coverage(entityRef, credentials);
    const windows = (await this.activeNow()).filter(covers);
    return { entityRef: ref, frozen: windows.length > 0, windows };
  }

  /** As activeFor, with the first occurrence covering the entity that starts after now. */
  async status(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<FreezeStatus> {
    const { ref, covers } = await this.coverage(entityRef, credentials);
    const now = this.now();
    const ahead = (
      await this.occurrences(now, now + FREEZE_LOOKAHEAD_DAYS * DAY_MS)
    ).filter(covers);
    // Occurrences come sorted by start; those in force now started at or before it.
    const windows = ahead.filter(w => Date.parse(w.start) <= now);
    const next = ahead.find(w => Date.parse(w.start) > now) ?? null;
    return { entityRef: ref, frozen: windows.length > 0, windows, next };
  }

  /** The entity's normalised ref, and which occurrences cover it (see activeFor). */
  private async coverage(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<{ ref: string; covers: (w: FreezeOccurrence) => boolean }> {
    const ref = normalizeEntityRef(entityRef, 'entityRef');
    const scope = [ref];
    if (ref.startsWith('component:')) {
      const facts = await this.catalog.describe(
        { components: [ref], parties: [] },
        credentials,
      );
      const component = facts.get(ref)!;
      scope.push(
        ...[component.systemRef, component.ownerRef].filter(
          (r): r is string => !!r,
        ),
      );
    }
    return {
      ref,
      covers: w =>
        w.entityRefs.length === 0 || w.entityRefs.some(r => scope.includes(r)),
    };
  }

  async create(
    input: FreezeInput,
    credentials: BackstageCredentials,
  ): Promise<FreezeWindow> {
    const fields = this.validate(input);
    const id = randomUUID();
    await this.store.insert(
      { id, ...(fields as Omit<NewFreeze, 'id'>) },
      actorOf(credentials),
      this.now(),
    );
    return (await this.store.get(id))!;
  }

  async update(
    id: string,
    input: FreezeUpdate,
    _credentials?: BackstageCredentials,
  ): Promise<FreezeWindow> {
    const current = await this.get(id);
    const fields = this.validate({
      title: input.title ?? current.title,
      reason: input.reason ?? current.reason,
      start: input.start ?? current.start,
      end: input.end ?? current.end,
      recurrence:
        input.recurrence === undefined ? current.recurrence : input.recurrence,
      entityRefs: input.entityRefs ?? current.entityRefs,
    });
    await this.store.update({
      id,
      expectedRevision: input.revision,
      fields,
      at: this.now(),
    });
    return (await this.store.get(id))!;
  }

  async delete(id: string, _credentials?: BackstageCredentials): Promise<void> {
    await this.get(id);
    await this.store.delete(id);
  }

  private async get(id: string): Promise<FreezeWindow> {
    if (id.startsWith('config:')) {
      throw new NotAllowedError(
        `Freeze window ${id} is declared in app-config and can only be changed there`,
      );
    }
    const freeze = await this.store.get(id);
    if (!freeze) throw new NotFoundError(`No freeze window with id ${id}`);
    return freeze;
  }

  private range(fromIso: string, toIso: string) {
    const from = parseTimestamp(fromIso, 'from');
    const to = parseTimestamp(toIso, 'to');
    if (to <= from) throw new InputError('to: must be after from');
    return { from, to };
  }

  private validate(input: FreezeInput): FreezeFields {
    const { start, end } = parseWindow(input.start, input.end, 'start', 'end');
    const recurrence = input.recurrence?.trim() || null;
    if (recurrence) parseRecurrence(recurrence, start);
    if (!input.reason.trim())
      throw new InputError('reason: say why releases are frozen');
    return {
      title: requiredText(input.title, 'title'),
      reason: input.reason.trim(),
      start,
      end,
      recurrence,
      entityRefs: normalizeEntityRefs(
        input.entityRefs ?? [],
        'entityRefs',
        SCOPE_KINDS,
      ),
    };
  }
}
