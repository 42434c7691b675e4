export interface Config {
  /** Configuration of the Releases plugin. */
  releases?: {
    /**
     * Seeds an empty database with six months of release history and the weeks ahead, of the demo
     * catalog's components, at start-up.
     * For the demo portal only; leave it unset in production.
     */
    demoData?: boolean;
    /**
     * Groups whose members ReleasesPermissionPolicy treats as release admins: they may do anything
     * with releases and manage freeze windows.
     */
    adminGroups?: string[];
    /**
     * Checklist templates, offered besides the built-in `default` template (a template with id
     * `default` replaces it). Release items are instantiated once per release, component items once
     * per component, assigned to the component's catalog owner.
     */
    /** Reminders to assignees before a release's window, and to owners when it starts unready. */
    reminders?: {
      /** Defaults to true. */
      enabled?: boolean;
      /** How long before the window assignees of open required items are reminded; default 24 hours. */
      leadTime?: { days?: number; hours?: number; minutes?: number } | string;
      /** How often the reminder task runs; default every 15 minutes. */
      frequency?: { days?: number; hours?: number; minutes?: number } | string;
      /**
       * How long a run of the reminder task may take; default 5 minutes. The scheduler frees the
       * task from a replica that died running it after this long, and a later run then sends again
       * the reminders such a run claimed and did not confirm sent (or that the notifications backend
       * refused).
       */
      timeout?:
        | { days?: number; hours?: number; minutes?: number; seconds?: number }
        | string;
    };
    /**
     * Freeze windows declared in configuration; read-only through the API. `start` and `end` are ISO
     * 8601 date-times of the first occurrence; `recurrence` an optional RRULE (e.g.
     * `FREQ=WEEKLY;BYDAY=FR`); `entityRefs` the systems, components or groups frozen (absent or
     * empty: the whole organisation).
     */
    freezes?: Array<{
      id: string;
      title: string;
      reason?: string;
      start: string;
      end: string;
      recurrence?: string;
      entityRefs?: string[];
    }>;
    templates?: Array<{
      id: string;
      title: string;
      description?: string;
      releaseItems?: Array<{
        title: string;
        /** planning, coordination, communication, validation, execution or follow_up */
        category: string;
        /** Defaults to true. */
        required?: boolean;
      }>;
      componentItems?: Array<{
        title: string;
        category: string;
        required?: boolean;
        /**
         * Makes the item automated: results of this check reported for the component settle it,
         * e.g. `ci.tests`, `catalog.docs` or `tech-insights:hasTechDocs`.
         */
        check?: string;
      }>;
    }>;
    /** Automated checks. */
    checks?: {
      /**
       * Pipelines (external access token subjects) that may report check results and deployments,
       * and for which components: every one (`components: all`), or those of the listed owners or
       * systems.
       */
      reporters?: Array<{
        subject: string;
        components?: 'all';
        owners?: string[];
        systems?: string[];
      }>;
      /** How often check providers from backend modules re-evaluate; default 30 minutes. */
      frequency?: { minutes?: number; hours?: number } | string;
    };
    /**
     * The environments deployments are reported to, in the order pages show them; exactly one is
     * the production one. Default: staging, then production.
     */
    environments?: Array<{
      name: string;
      production?: boolean;
    }>;
    /**
     * The risk score of releases: a snapshot recomputed after every change of a release and on a
     * schedule. A weight for an unknown factor, a negative weight or thresholds out of order stop
     * the start-up with a message naming the key.
     */
    risk?: {
      /**
       * Points per unit of each factor; factors not listed keep their defaults (shown), any number
       * ≥ 0.
       */
      weights?: {
        /** Required items neither done nor not applicable; default 4. */
        open_required_items?: number;
        /** Automated items whose latest check result failed; default 10. */
        failed_checks?: number;
        /** Declared risks, each likelihood × impact (1–9); default 2. */
        declared_risks?: number;
        /** Components in the release; default 2. */
        components?: number;
        /** Insight warnings (ordering risks, uninformed dependents, cycles); default 8. */
        dependency_warnings?: number;
        /** Scheduling conflicts (same component, freeze, dependency, owner); default 10. */
        conflicts?: number;
        /** 1 when a freeze begins or ends within `freezeProximity` of the window; default 10. */
        freeze_proximity?: number;
        /** Failed or rolled-back releases of the same components within `lookBack`; default 8. */
        change_failures?: number;
      };
      /** The scores from which a release is medium and high risk: 0 < medium < high ≤ 100; default 30 and 60. */
      thresholds?: {
        medium?: number;
        high?: number;
      };
      /** How close to the window a freeze raises the risk; default 48 hours. */
      freezeProximity?:
        | { days?: number; hours?: number; minutes?: number }
        | string;
      /** How far back failed releases of the same components count; default 180 days. */
      lookBack?: { days?: number; hours?: number } | string;
      /** How often every unfinished release is recomputed (one replica at a time); default 30 minutes. */
      frequency?: { minutes?: number; hours?: number } | string;
    };
  };
}
