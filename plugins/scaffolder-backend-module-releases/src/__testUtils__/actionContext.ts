import {
  createMockDirectory,
  mockCredentials,
  mockServices,
} from '@backstage/backend-test-utils';
import type { TemplateAction } from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';

type ContextOf<A extends TemplateAction<any, any, any>> = Parameters<
  A['handler']
>[0];

export interface ActionRun {
  outputs: Record<string, unknown>;
  /** What the step logged (information and warnings), in order. */
  logs: string[];
}

/**
 * Runs an action as a scaffolder step would: with this input, a workspace (with these files), the
 * user who started the task, and as a dry run or not. Rejects with the step's error.
 */
export async function runAction<A extends TemplateAction<any, any, any>>(
  action: A,
  options: {
    input: ContextOf<A>['input'];
    user: string;
    isDryRun?: boolean;
    workspace?: Record<string, string>;
    /** Receives each line the step logs, also when it fails. */
    logs?: string[];
  },
): Promise<ActionRun> {
  const logs = options.logs ?? [];
  const logger = mockServices.logger.mock({
    info: message => {
      logs.push(message);
    },
    warn: message => {
      logs.push(message);
    },
  });
  const workspace = createMockDirectory();
  if (options.workspace) workspace.setContent(options.workspace);
  const outputs: Record<string, unknown> = {};
  const base = createMockActionContext({
    input: options.input,
    workspacePath: workspace.path,
  });
  // @backstage/plugin-scaffolder-node-test-utils 0.3.14 is built on plugin-scaffolder-node 0.13,
  // whose ActionContext type is not the 1.0 one the actions take: the cast stays at this edge.
  const ctx = {
    ...base,
    logger,
    isDryRun: options.isDryRun ?? false,
    getInitiatorCredentials: async () => mockCredentials.user(options.user),
    output: (name: string, value: unknown) => {
      outputs[name] = value;
    },
  } as unknown as ContextOf<A>;
  await action.handler(ctx);
  return { outputs, logs };
}

/** How a step failed: the error's name and message (jest's matchers skip an error's own fields). */
export async function failureOf(
  run: Promise<unknown>,
): Promise<{ name: string; message: string }> {
  try {
    await run;
  } catch (error) {
    const { name, message } = error as Error;
    return { name, message };
  }
  throw new Error('The step did not fail');
}
