/** Table names, in one place so that operations and tests agree. */
export const TABLES = {
  releases: 'releases',
  components: 'release_components',
  items: 'checklist_items',
  activity: 'release_activity',
  freezes: 'freeze_windows',
  decisions: 'release_decisions',
  outcomes: 'release_outcomes',
  actionItems: 'release_action_items',
  feeds: 'calendar_feeds',
  reminders: 'release_reminders',
  checkResults: 'check_results',
  deployments: 'deployments',
} as const;
