export interface Config {
  /** Configuration of the Releases plugin. */
  releases?: {
    /**
     * Seeds an empty database with a dozen releases of the demo catalog's components at start-up.
     * For the demo portal only; leave it unset in production.
     */
    demoData?: boolean;
    /**
     * Checklist templates, offered besides the built-in `default` template (a template with id
     * `default` replaces it). Release items are instantiated once per release, component items once
     * per component, assigned to the component's catalog owner.
     */
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
      }>;
    }>;
  };
}
