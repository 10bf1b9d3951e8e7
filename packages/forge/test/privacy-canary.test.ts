/**
 * Privacy canary for the Forge app: a page holding a unique marker goes through everything the
 * Forge app does (request, the consumer's job, the view, adding labels as the user, a data report)
 * with the real @forge/* packages on the stand-in host. Afterwards the marker, the page title, the
 * added labels and the user's account id are in no log line (the app's logger AND anything written
 * to the console), in no async event body or retry data, and in no resolver error; and the app
 * touched nothing but Confluence and its own queue — no Forge storage (KVS, SQL, entity store), no
 * egress. The page content lives only in Confluence (the page, and the `labelup` property).
 */
import { randomBytes } from 'node:crypto';
import type { ResolverAnswer, SuggestionsView } from '@labelup/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsumerHandler, createResolverHandler } from '../src/index.js';
import { createForgeLogger } from '../src/forge-logger.js';
import { adfText, startForgeHost, type ForgeHostStandIn } from './forge-host-stand-in.js';

const MARKER = `zqcanary${randomBytes(6).toString('hex')}`;
const TITLE = `Kubernetes cluster operations ${MARKER}`;
let host: ForgeHostStandIn | undefined;
afterEach(() => {
  host?.close();
  vi.restoreAllMocks();
});

describe('Forge privacy canary', () => {
  it('keeps page text, title, labels and account ids out of logs, events and storage', async () => {
    host = startForgeHost();
    const consoleLines: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleLines.push(args.map(String).join(' ')));
    const logs: string[] = [];
    const resolver = createResolverHandler({ logger: createForgeLogger((line) => logs.push(line)) });
    const consumer = createConsumerHandler({ logger: createForgeLogger((line) => logs.push(line)) });
    const pageId = host.addPage(TITLE, adfText([
      `The ${MARKER} cluster runs Kubernetes workloads for the payments service.`,
      `Operators of ${MARKER} rotate certificates, scale node pools and review ${MARKER} alerts every week.`,
      'Deploy with Helm charts, configure ingress and secrets, and watch the deployment pipeline.',
    ]));
    const me = { as: host.editor, pageId, version: 1 };
    const answers: unknown[] = [];
    const call = async (key: string, payload: unknown, options = me) => {
      const answer = await host!.invoke(resolver, key, payload, options);
      answers.push(answer);
      return answer as ResolverAnswer<SuggestionsView>;
    };

    await call('requestSuggestions', {});
    await host.deliverEvents(consumer);
    const view = await call('getSuggestions', {});
    if (!view.ok) throw new Error(view.error.code);
    expect(view.value.status).toBe('ready');
    const picks = (view.value.suggestions ?? []).slice(0, 3).map((s) => s.label);
    expect(picks.length).toBeGreaterThan(0);
    await call('addLabels', { labels: picks });
    await call('addLabels', { labels: picks }, { as: host.viewer, pageId, version: 1 }); // refused: its error must not quote them
    await call('addLabels', { labels: [`${MARKER} with spaces`] }); // invalid: its error must not quote it
    await call('getDataReport', {});

    const forbidden = [MARKER, TITLE, host.editor.accountId, host.viewer.accountId, host.editor.email, ...picks.filter((p) => p.length > 4)];
    const haystacks: Record<string, string> = {
      logs: logs.join('\n'),
      console: consoleLines.join('\n'),
      events: JSON.stringify(host.pushed),
      errors: JSON.stringify(answers.filter((a) => (a as { ok?: boolean }).ok === false)),
      requestPaths: JSON.stringify(host.requests.map((r) => r.path)),
    };
    expect(logs.length).toBeGreaterThan(4);
    for (const [where, text] of Object.entries(haystacks)) for (const secret of forbidden) expect(text, `${where} contain ${secret.slice(0, 24)}`).not.toContain(secret);

    // Nothing but Confluence and the app's own queue: no Forge storage, no egress.
    const kinds = new Set(host.requests.map((r) => (r.path.startsWith('/wiki/') ? 'confluence' : r.path)));
    expect([...kinds].sort()).toEqual(['/webhook/queue/publish/{contextAri}/{environmentId}/{appId}/{appVersion}', 'confluence']);
    // The page content lives in Confluence: the page and the property.
    expect(JSON.stringify(host.emulator.state.contents.get(pageId)?.properties.get('labelup')?.value)).toContain(pageId);
  });
});
