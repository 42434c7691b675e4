import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

/*
 * The demo's software template run as the scaffolder's template editor runs it: a dry run, which
 * fetches the skeleton and checks freezes for real but publishes, registers and plans nothing. For
 * the e2e tests to assert the steps' logs and the output against the running demo portal.
 */

/** The folder of the demo template: template.yaml and its skeleton. */
export const DEMO_TEMPLATE_DIR = resolve(
  __dirname,
  '../examples/templates/new-service-with-release',
);

export interface DryRunStep {
  id: string;
  name: string;
  action: string;
  /** The last status the run reported for the step ('completed', 'skipped', 'failed'...). */
  status?: string;
  /** The step's log lines, in order, without the terminal colours (e.g. "info: No freeze..."). */
  log: string[];
}

export interface DryRunResult {
  steps: DryRunStep[];
  /** The template's output (links and text) as the run rendered it. */
  output: {
    links?: Array<{ title?: string; url?: string; entityRef?: string }>;
    text?: unknown[];
  };
  /** The paths of the files the run left in its workspace (the service it would publish). */
  files: string[];
}

/** Values for the template's form: a checkout-team service shipping with the cart service. */
export function demoValues(): Record<string, unknown> {
  const inAWeek = new Date(Date.now() + 7 * 86_400_000);
  inAWeek.setUTCHours(9, 0, 0, 0);
  return {
    name: 'e2e-basket-service',
    description: 'Keeps shoppers’ baskets between visits',
    owner: 'group:default/checkout-team',
    system: 'system:default/checkout',
    shipsWith: 'component:default/cart-service',
    version: '0.1.0',
    windowStart: inAWeek.toISOString(),
    hours: 2,
    publish: false,
  };
}

// The scaffolder's task logger colours its lines for a terminal; the e2e assertions read plain text.
const COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(entry =>
      entry.isDirectory()
        ? filesUnder(join(dir, entry.name))
        : [join(dir, entry.name)],
    ),
  );
  return nested.flat();
}

/**
 * POSTs the demo template to the scaffolder's dry-run endpoint with its folder as the directory
 * contents (as the template editor does), as the user of `token`, and returns each step with its
 * log and status. Throws with the scaffolder's message when the run fails or is refused.
 */
export async function dryRunDemoTemplate(options: {
  backendUrl: string;
  token: string;
  values?: Record<string, unknown>;
}): Promise<DryRunResult> {
  const template = parse(
    await readFile(join(DEMO_TEMPLATE_DIR, 'template.yaml'), 'utf8'),
  );
  const directoryContents = await Promise.all(
    (
      await filesUnder(DEMO_TEMPLATE_DIR)
    ).map(async file => ({
      path: relative(DEMO_TEMPLATE_DIR, file).split('\\').join('/'),
      base64Content: (await readFile(file)).toString('base64'),
    })),
  );
  const response = await fetch(
    `${options.backendUrl.replace(/\/$/, '')}/api/scaffolder/v2/dry-run`,
    {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${options.token}`,
      },
      body: JSON.stringify({
        template,
        values: { ...demoValues(), ...options.values },
        secrets: {},
        directoryContents,
      }),
    },
  );
  const body = await response.json();
  if (!response.ok) {
    const reason =
      body.error?.message ?? JSON.stringify(body.errors ?? body, null, 2);
    throw new Error(`The dry run answered ${response.status}: ${reason}`);
  }
  const steps: DryRunStep[] = body.steps.map(
    (step: { id: string; name: string; action: string }) => {
      const events = body.log
        .map((entry: { body: Record<string, any> }) => entry.body)
        .filter((event: Record<string, any>) => event.stepId === step.id);
      const statuses = events
        .map((event: Record<string, any>) => event.status)
        .filter(Boolean);
      return {
        id: step.id,
        name: step.name,
        action: step.action,
        status: statuses[statuses.length - 1],
        log: events.map((event: Record<string, any>) =>
          String(event.message).replace(COLOUR, ''),
        ),
      };
    },
  );
  return {
    steps,
    output: body.output ?? {},
    files: body.directoryContents.map((file: { path: string }) => file.path),
  };
}
