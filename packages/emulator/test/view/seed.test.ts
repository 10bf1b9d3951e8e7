import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canEdit, canView, createSite, currentVersion, findSpaceByKey, findUserByEmail, labelsOf, type AdfNode } from '../../src/state/index.js';
import { DEMO_SITE_DIR, FixtureError, loadFixtures, seedDemoSite } from '../../src/seed/index.js';

const words = (node: AdfNode): number => {
  let text = '';
  const walk = (n: AdfNode): void => {
    if (n.text) text += ` ${n.text}`;
    n.content?.forEach(walk);
  };
  walk(node);
  return text.split(/\s+/).filter(Boolean).length;
};

const kinds = (node: AdfNode, out = new Set<string>()): Set<string> => {
  out.add(node.type);
  node.marks?.forEach((m) => out.add(`mark:${m.type}`));
  node.content?.forEach((c) => kinds(c, out));
  return out;
};

describe('demo site fixtures', () => {
  const fixtures = loadFixtures();

  it('has at least 3 spaces and 40 pages in several languages', () => {
    expect(fixtures.spaces.length).toBeGreaterThanOrEqual(3);
    expect(fixtures.pages.length).toBeGreaterThanOrEqual(40);
    const languages = new Set(fixtures.pages.map((p) => p.language));
    for (const lang of ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'pl', 'sv', 'ja']) expect(languages).toContain(lang);
    expect(fixtures.pages.some((p) => p.type === 'blogpost')).toBe(true);
  });

  it('has rich structure, some labelled pages, one very long and one very short page', () => {
    const all = new Set<string>();
    for (const p of fixtures.pages) kinds(currentBody(p), all);
    for (const k of ['heading', 'panel', 'codeBlock', 'table', 'mention', 'expand', 'taskList', 'bulletList', 'orderedList', 'status', 'emoji', 'mark:strong', 'mark:em', 'mark:link'])
      expect(all, k).toContain(k);
    const counts = fixtures.pages.map((p) => words(currentBody(p)));
    expect(Math.max(...counts)).toBeGreaterThan(10_000);
    expect(Math.min(...counts)).toBeLessThan(5);
    const labelled = fixtures.pages.filter((p) => p.labels.length > 0).length;
    expect(labelled).toBeGreaterThan(5);
    expect(labelled).toBeLessThan(fixtures.pages.length);
  });

  it('is regenerated deterministically (committed JSON matches the generator sources)', () => {
    // The generator writes into its own folder; run it on a copy and compare.
    const copy = mkdtempSync(join(tmpdir(), 'demo-site-'));
    cpSync(DEMO_SITE_DIR, copy, { recursive: true });
    return import(join(copy, 'generate', 'generate.mjs')).then(() => {
      for (const f of ['site.json', 'pages/131185-handbook.json', 'pages/131080-redis-failover.json'])
        expect(readFileSync(join(copy, f), 'utf8'), f).toBe(readFileSync(join(DEMO_SITE_DIR, f), 'utf8'));
    });
  });

  it('rejects a broken fixture with the file and field named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-site-'));
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'site.json'), JSON.stringify({ name: 'x', users: [], spaces: [] }));
    expect(() => loadFixtures(dir)).toThrow(FixtureError);
    expect(() => loadFixtures(dir)).toThrow(/site\.json: users/);
    expect(() => loadFixtures(join(dir, 'missing'))).toThrow(/Invalid fixture .*site\.json/);
  });
});

function currentBody(p: { versions: { body: unknown }[] }): AdfNode {
  return p.versions[p.versions.length - 1]?.body as AdfNode;
}

describe('seedDemoSite', () => {
  it('loads users, spaces, pages with history and labels into the state', () => {
    const site = createSite();
    const summary = seedDemoSite(site);
    expect(summary.spaces.map((s) => s.key)).toEqual(['ENG', 'PROD', 'INTL']);
    expect(site.contents.size).toBeGreaterThanOrEqual(40);
    const admin = findUserByEmail(site, 'admin@example.com');
    expect(admin?.apiToken).toBe('demo-token');
    const viewer = findUserByEmail(site, 'jonas.weber@example.com');
    const eng = findSpaceByKey(site, 'ENG');
    const prod = findSpaceByKey(site, 'PROD');
    const engHome = site.contents.get(eng?.homepageId ?? '');
    const prodHome = site.contents.get(prod?.homepageId ?? '');
    if (!admin || !viewer || !engHome || !prodHome) throw new Error('seed incomplete');
    expect(canEdit(site, admin.accountId, engHome)).toBe(true);
    expect(canView(site, viewer.accountId, engHome)).toBe(true);
    expect(canEdit(site, viewer.accountId, engHome)).toBe(false);
    expect(canEdit(site, viewer.accountId, prodHome)).toBe(true);
    expect(viewer.locale).toBe('de_DE'); // the profile locale, for AP.user.getLocale

    const runbook = site.contents.get('131080');
    expect(runbook?.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(runbook?.versions[0]?.createdAt).toBe('2026-01-14T15:40:00.000Z');
    expect(labelsOf(site, runbook!).map((l) => l.name)).toEqual(['runbook', 'redis']);
    expect(currentVersion(runbook!).storage).toContain('<h1>');
    // New content gets ids after the fixtures'.
    expect(site.nextId).toBeGreaterThan(131381);
  });
});
