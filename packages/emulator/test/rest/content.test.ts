import { describe, expect, it } from 'vitest';
import { addBlogPost, addLabels, addPage, createProperty, editPage } from '../../src/index.js';
import { call, doc, setup } from '../helpers.js';

describe('v2 pages and blog posts', () => {
  it('serves the ADF body as a JSON string and storage as XHTML', async () => {
    const { emu, page, asAdmin } = setup();
    const adf = await call(emu, 'GET', `/wiki/api/v2/pages/${page.id}?body-format=atlas_doc_format`, { auth: asAdmin });
    expect(adf.status).toBe(200);
    const json = (await adf.json()) as { title: string; version: { number: number }; body: { atlas_doc_format: { value: unknown; representation: string } } };
    expect(json.title).toBe('Hello');
    expect(json.version.number).toBe(1);
    expect(typeof json.body.atlas_doc_format.value).toBe('string');
    expect(JSON.parse(json.body.atlas_doc_format.value as string)).toEqual(doc('Hello world'));
    const storage = (await (await call(emu, 'GET', `/wiki/api/v2/pages/${page.id}?body-format=storage`, { auth: asAdmin })).json()) as { body: { storage: { value: string } } };
    expect(storage.body.storage.value).toBe('<p>Hello world</p>');
  });

  it('serves blog posts on their own route only, and older versions on request', async () => {
    const { emu, space, page, asAdmin } = setup();
    const post = addBlogPost(emu.state, { spaceId: space.id, title: 'News', adf: doc('n') });
    expect((await call(emu, 'GET', `/wiki/api/v2/blogposts/${post.id}?body-format=storage`, { auth: asAdmin })).status).toBe(200);
    const wrong = await call(emu, 'GET', `/wiki/api/v2/pages/${post.id}`, { auth: asAdmin });
    expect(wrong.status).toBe(404);
    expect(await wrong.json()).toEqual({ errors: [{ status: 404, code: 'NOT_FOUND', title: `Cannot find a page with id [${post.id}]`, detail: null }] });
    editPage(emu.state, page.id, { adf: doc('second') });
    const v1 = (await (await call(emu, 'GET', `/wiki/api/v2/pages/${page.id}?version=1&body-format=storage`, { auth: asAdmin })).json()) as Record<string, unknown>;
    expect(v1).toMatchObject({ status: 'historical', version: { number: 1 }, body: { storage: { value: '<p>Hello world</p>' } } });
  });

  it('includes labels and properties on request', async () => {
    const { emu, page, asAdmin } = setup();
    addLabels(emu.state, page, ['ops']);
    createProperty(emu.state, page, 'k', { a: 1 }, 'x');
    const plain = (await (await call(emu, 'GET', `/wiki/api/v2/pages/${page.id}`, { auth: asAdmin })).json()) as Record<string, unknown>;
    expect(plain.labels).toBeUndefined();
    const full = (await (await call(emu, 'GET', `/wiki/api/v2/pages/${page.id}?include-labels=true&include-properties=true`, { auth: asAdmin })).json()) as {
      labels: { results: { name: string }[]; meta: { hasMore: boolean } };
      properties: { results: { key: string; value: unknown }[] };
    };
    expect(full.labels.results.map((l) => l.name)).toEqual(['ops']);
    expect(full.labels.meta.hasMore).toBe(false);
    expect(full.properties.results).toEqual([expect.objectContaining({ key: 'k', value: { a: 1 } })]);
  });

  it('refuses unknown and unrendered body formats with 400', async () => {
    const { emu, page, asAdmin } = setup();
    expect((await call(emu, 'GET', `/wiki/api/v2/pages/${page.id}?body-format=bogus`, { auth: asAdmin })).status).toBe(400);
    const view = await call(emu, 'GET', `/wiki/api/v2/pages/${page.id}?body-format=view`, { auth: asAdmin });
    expect(view.status).toBe(400);
    expect(JSON.stringify(await view.json())).toContain('does not render');
  });
});

describe('v2 spaces', () => {
  it('maps keys to ids and pages a space with a cursor (Link header and _links.next)', async () => {
    const { emu, space, page, asAdmin } = setup();
    const ids = [page.id];
    for (let i = 0; i < 4; i++) ids.push(addPage(emu.state, { spaceId: space.id, title: `P${i}`, parentId: page.id }).id);
    const spaces = (await (await call(emu, 'GET', '/wiki/api/v2/spaces?keys=DOC,NOPE', { auth: asAdmin })).json()) as { results: { id: string; key: string }[] };
    expect(spaces.results).toEqual([expect.objectContaining({ id: space.id, key: 'DOC', homepageId: page.id })]);

    const seen: string[] = [];
    let next: string | undefined = `/wiki/api/v2/spaces/${space.id}/pages?limit=2`;
    let pages = 0;
    while (next) {
      const res = await call(emu, 'GET', next, { auth: asAdmin });
      const body = (await res.json()) as { results: { id: string }[]; _links: { next?: string } };
      seen.push(...body.results.map((r) => r.id));
      if (body._links.next) {
        expect(body._links.next.startsWith('/wiki/api/v2/spaces/')).toBe(true);
        expect(res.headers.get('link')).toContain(`<${body._links.next}>; rel="next"`);
      } else expect(res.headers.get('link')).toBeNull();
      next = body._links.next;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(ids);
    const root = (await (await call(emu, 'GET', `/wiki/api/v2/spaces/${space.id}/pages?depth=root`, { auth: asAdmin })).json()) as { results: unknown[] };
    expect(root.results).toHaveLength(1);
  });

  it('rejects a forged cursor with 400', async () => {
    const { emu, space, asAdmin } = setup();
    expect((await call(emu, 'GET', `/wiki/api/v2/spaces/${space.id}/pages?cursor=zzz`, { auth: asAdmin })).status).toBe(400);
  });
});

describe('v1 content', () => {
  it('expands bodies and version; the ADF value is a string', async () => {
    const { emu, page, asAdmin } = setup();
    const res = await call(emu, 'GET', `/wiki/rest/api/content/${page.id}?expand=body.atlas_doc_format,body.storage,version`, { auth: asAdmin });
    const json = (await res.json()) as { title: string; status: string; version: { number: number; by: { displayName: string } }; body: Record<string, { value: string }> };
    expect(json).toMatchObject({ title: 'Hello', status: 'current', version: { number: 1, by: { displayName: 'Admin' } } });
    expect(JSON.parse(json.body.atlas_doc_format?.value ?? '')).toEqual(doc('Hello world'));
    expect(json.body.storage?.value).toBe('<p>Hello world</p>');
    const bare = (await (await call(emu, 'GET', `/wiki/rest/api/content/${page.id}`, { auth: asAdmin })).json()) as Record<string, unknown>;
    expect(bare.body).toBeUndefined();
  });

  it('tells whether a version is current through /version/{n}', async () => {
    const { emu, page, asAdmin } = setup();
    editPage(emu.state, page.id, { adf: doc('2') });
    const old = (await (await call(emu, 'GET', `/wiki/rest/api/content/${page.id}/version/1`, { auth: asAdmin })).json()) as { number: number; content: { status: string } };
    const latest = (await (await call(emu, 'GET', `/wiki/rest/api/content/${page.id}/version/2`, { auth: asAdmin })).json()) as { number: number; content: { status: string } };
    expect([old.number, old.content.status]).toEqual([1, 'historical']);
    expect([latest.number, latest.content.status]).toEqual([2, 'current']);
    expect((await call(emu, 'GET', `/wiki/rest/api/content/${page.id}/version/3`, { auth: asAdmin })).status).toBe(404);
    expect((await call(emu, 'GET', `/wiki/rest/api/content/${page.id}/version/x`, { auth: asAdmin })).status).toBe(400);
  });

  it('answers missing content and unknown routes in the v1 error shape', async () => {
    const { emu, asAdmin } = setup();
    const res = await call(emu, 'GET', '/wiki/rest/api/content/999', { auth: asAdmin });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      statusCode: 404,
      data: { authorized: true, valid: true, allowedInReadOnlyMode: true, errors: [], successful: false },
      message: 'No content found with id: ContentId{id=999}',
      reason: 'Not Found',
    });
    const unknown = await call(emu, 'GET', '/wiki/rest/api/nothing-here', { auth: asAdmin });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ statusCode: 404, reason: 'Not Found' });
    const unknownV2 = await call(emu, 'GET', '/wiki/api/v2/nothing', { auth: asAdmin });
    expect(await unknownV2.json()).toMatchObject({ errors: [{ status: 404, code: 'NOT_FOUND' }] });
  });
});
