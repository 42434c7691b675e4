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
  };
}
