import { describe, expect, it } from 'vitest';
import { addBlogPost, addLabels, addPage, addSpace } from '../../src/index.js';
import { parseCql } from '../../src/cql/parse-cql.js';
import { call, setup } from '../helpers.js';

describe('parseCql', () => {
  it('parses =, !=, IN, NOT IN joined by AND, quoted or bare', () => {
    expect(parseCql(`space = "DOC" and label in ('a', b) AND type != blogpost and label not in ("x")`)).toEqual([
      { field: 'space', negated: false, values: ['DOC'] },
      { field: 'label', negated: false, values: ['a', 'b'] },
      { field: 'type', negated: true, values: ['blogpost'] },
      { field: 'label', negated: true, values: ['x'] },
    ]);
  });
  it.each(['', 'space = ', 'title ~ "x"', 'space = A OR space = B', 'label in (a', 'space = "A" order by created', 'space = "unterminated'])('refuses %j', (cql) => {
    expect(() => parseCql(cql)).toThrow();
  });
});

describe('GET /wiki/rest/api/search', () => {
  const build = () => {
    const s = setup();
    const other = addSpace(s.emu.state, { key: 'OPS' });
    const a = addPage(s.emu.state, { spaceId: s.space.id, title: 'A' });
    const b = addPage(s.emu.state, { spaceId: other.id, title: 'B' });
    const post = addBlogPost(s.emu.state, { spaceId: s.space.id, title: 'Post' });
    addLabels(s.emu.state, a, ['runbook']);
    addLabels(s.emu.state, b, ['runbook']);
    addLabels(s.emu.state, post, ['runbook']);
    return { ...s, a, b, post };
  };
  const ids = async (emu: ReturnType<typeof setup>['emu'], auth: string, cql: string): Promise<string[]> => {
    const res = await call(emu, 'GET', `/wiki/rest/api/search?cql=${encodeURIComponent(cql)}`, { auth });
    expect(res.status).toBe(200);
    return ((await res.json()) as { results: { content: { id: string } }[] }).results.map((r) => r.content.id);
  };

  it('filters by space, label, type and their AND combinations', async () => {
    const { emu, asAdmin, a, b, post, page } = build();
    expect(await ids(emu, asAdmin, 'label = "runbook"')).toEqual([a.id, b.id, post.id]);
    expect(await ids(emu, asAdmin, 'label = "RUNBOOK" AND space = "DOC"')).toEqual([a.id, post.id]);
    expect(await ids(emu, asAdmin, 'label = runbook AND space = "DOC" AND type = page')).toEqual([a.id]);
    expect(await ids(emu, asAdmin, 'space in ("DOC","OPS") and type = page')).toEqual([page.id, a.id, b.id]);
  });

  it('hides what the caller cannot view', async () => {
    const { emu, asBob, admin, a, b, post } = build();
    a.restrictions = { view: [admin.accountId] };
    expect(await ids(emu, asBob, 'label = runbook')).toEqual([b.id, post.id]);
  });

  it('pages by cursor only (start is ignored) and refuses bad CQL with 400', async () => {
    const { emu, asAdmin, a, b, post } = build();
    const first = (await (await call(emu, 'GET', `/wiki/rest/api/search?cql=${encodeURIComponent('label=runbook')}&limit=2&start=1`, { auth: asAdmin })).json()) as {
      results: { content: { id: string } }[];
      _links: { next?: string };
      totalSize: number;
    };
    expect(first.results.map((r) => r.content.id)).toEqual([a.id, b.id]);
    expect(first.totalSize).toBe(3);
    expect(first._links.next).toMatch(/^\/rest\/api\/search\?.*cursor=/);
    const second = (await (await call(emu, 'GET', `/wiki${first._links.next ?? ''}`, { auth: asAdmin })).json()) as { results: { content: { id: string } }[]; _links: { next?: string } };
    expect(second.results.map((r) => r.content.id)).toEqual([post.id]);
    expect(second._links.next).toBeUndefined();
    const bad = await call(emu, 'GET', `/wiki/rest/api/search?cql=${encodeURIComponent('title ~ x')}`, { auth: asAdmin });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toContain('Could not parse cql');
    expect((await call(emu, 'GET', `/wiki/rest/api/search`, { auth: asAdmin })).status).toBe(400);
  });
});
