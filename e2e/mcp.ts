import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

/** The release the round trip plans, unless the caller says otherwise (the demo's guest may plan it). */
export interface McpPlan {
  title: string;
  version: string;
  windowStart: string;
  windowEnd: string;
  owner: string;
  components: string[];
}

export interface McpRoundTrip {
  /** Every tool the MCP server offered. */
  tools: string[];
  /** The Releases tools among them, by action name (list-releases → its tool name). */
  releaseTools: Record<string, string>;
  /** What the read tool (list-releases) answered. */
  listed: { releases: Array<{ id: string; title: string; status: string }> };
  /** What the write tool (plan-release) answered. */
  planned: {
    release: { id: string; title: string; status: string; owner: string };
    checklistItems: number;
  };
  /** The planned release as the REST API reads it back. */
  stored: { status: number; body: any };
}

const DAY = 86_400_000;

/** A plan far enough ahead (ten weeks) not to crowd the demo's current weeks. */
function defaultPlan(): McpPlan {
  const start = new Date(
    Math.ceil(Date.now() / DAY) * DAY + 70 * DAY + 9 * 3_600_000,
  );
  return {
    title: `Planned by an assistant over MCP ${start
      .toISOString()
      .slice(0, 10)}`,
    version: '0.0.1-mcp',
    windowStart: start.toISOString(),
    windowEnd: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
    owner: 'group:default/checkout-team',
    components: ['component:default/cart-service'],
  };
}

/**
 * What an AI assistant does through the MCP backend: connect to `/api/mcp-actions/v1` with a
 * Backstage token (a real MCP client over streamable HTTP), list the tools, call a read tool
 * (list-releases) and a write tool (plan-release), then read the planned release back through the
 * Releases REST API with the same token. Tool errors (isError) are thrown with the server's text.
 */
export async function mcpRoundTrip(options: {
  backendUrl: string;
  token: string;
  plan?: Partial<McpPlan>;
}): Promise<McpRoundTrip> {
  const { backendUrl, token } = options;
  const headers = { Authorization: `Bearer ${token}` };
  const client = new Client({ name: 'releases-e2e', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(
    new URL(`${backendUrl}/api/mcp-actions/v1`),
    { requestInit: { headers } },
  );
  await client.connect(transport);
  try {
    const { tools } = await client.listTools();
    const names = tools.map(t => t.name);
    // Tool names are namespaced by plugin (`releases.list-releases`) unless
    // mcpActions.namespacedToolNames is false.
    const releaseTools = Object.fromEntries(
      names
        .filter(n => n.startsWith('releases.'))
        .map(n => [n.slice('releases.'.length), n]),
    );
    const call = async (action: string, args: Record<string, unknown>) => {
      const name = releaseTools[action] ?? action;
      const result = await client.callTool({ name, arguments: args });
      if (result.isError) {
        const [first] = result.content as Array<{ text?: string }>;
        throw new Error(`${name} failed: ${first?.text ?? 'no message'}`);
      }
      return result.structuredContent as any;
    };

    const listed = await call('list-releases', { limit: 20 });
    const planned = await call('plan-release', {
      ...defaultPlan(),
      ...options.plan,
    });
    const res = await fetch(
      `${backendUrl}/api/releases/releases/${planned.release.id}`,
      { headers },
    );
    return {
      tools: names,
      releaseTools,
      listed,
      planned,
      stored: { status: res.status, body: await res.json() },
    };
  } finally {
    await client.close();
  }
}
