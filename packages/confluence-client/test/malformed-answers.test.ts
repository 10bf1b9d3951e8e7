/**
 * Answers that are not Confluence's documented shape — a 204 with no body, an empty 200, HTML, JSON
 * missing the fields the client reads — become a MalformedResponseError naming the call, for every
 * method (issue 12, item 3: `collectV2` on a 204 was a TypeError). Served by a stub `fetch`.
 */
import { describe, expect, it } from 'vitest';
import { basicAuth, createConfluenceClient, MalformedResponseError, type ConfluenceClient } from '../src/index.js';

const ref = { id: '42', type: 'page' } as const;

function clientAnswering(answer: () => Response): ConfluenceClient {
  return createConfluenceClient({
    baseUrl: 'https://acme.atlassian.net/wiki',
    auth: basicAuth('a@example.com', 'token'),
    fetch: async () => answer(),
    retry: { attempts: 1 },
  });
}

const calls: [string, (c: ConfluenceClient) => Promise<unknown>][] = [
  ['getContent', (c) => c.getContent(ref, { bodyFormat: 'atlas_doc_format' })],
  ['getLatestVersion', (c) => c.getLatestVersion(ref)],
  ['getLabels', (c) => c.getLabels(ref)],
  ['addLabels', (c) => c.addLabels(ref, ['ops'])],
  ['getSpaceContentLabels', (c) => c.getSpaceContentLabels('7')],
  ['getProperty', (c) => c.getProperty(ref, 'labelup')],
  ['createProperty', (c) => c.createProperty(ref, 'labelup', { a: 1 })],
  ['updateProperty', (c) => c.updateProperty(ref, { id: '9', key: 'labelup' }, { a: 1 }, 2)],
];

const answers: [string, () => Response][] = [
  ['204 no body', () => new Response(null, { status: 204 })],
  ['200 empty', () => new Response('', { status: 200 })],
  ['200 HTML', () => new Response('<html>hello</html>', { status: 200, headers: { 'content-type': 'text/html' } })],
  ['200 {}', () => Response.json({})],
  ['200 results not an array', () => Response.json({ results: 'nope', id: 'x' })],
  ['200 null', () => Response.json(null)],
];

describe('malformed answers', () => {
  for (const [name, call] of calls) {
    it(`${name}: every malformed answer is a MalformedResponseError, never a TypeError`, async () => {
      for (const [label, answer] of answers) {
        const error = await call(clientAnswering(answer)).then(() => undefined, (e: unknown) => e);
        expect(error, `${name} on ${label}`).toBeInstanceOf(MalformedResponseError);
        expect((error as MalformedResponseError).retryable).toBe(true);
        expect((error as Error).message).not.toContain('hello');
      }
    });
  }

  it('still reads well-formed answers (numeric ids included)', async () => {
    const client = clientAnswering(() => Response.json({ results: [{ id: 5, name: 'ops', prefix: 'global' }] }));
    expect(await client.getLabels(ref)).toEqual([{ id: '5', name: 'ops', prefix: 'global' }]);
  });
});
