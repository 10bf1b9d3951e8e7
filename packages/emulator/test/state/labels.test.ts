import { describe, expect, it } from 'vitest';
import { addLabels, addPage, addSpace, addUser, createSite, labelsOf, parseLabelName, removeLabel } from '../../src/state/index.js';

describe('parseLabelName', () => {
  it('splits on space and comma, trims and lowercases (Unicode-aware)', () => {
    expect(parseLabelName('Runbook Two')).toEqual({ names: ['runbook', 'two'] });
    expect(parseLabelName('a,b ')).toEqual({ names: ['a', 'b'] });
    expect(parseLabelName('HÉLLO')).toEqual({ names: ['héllo'] });
  });
  it.each(['my:foo', 'v1.2', 'a!b', 'x#', 'q?', 'at@', 'tab\tx', 'br[', 'car^et'])('rejects %j', (raw) => {
    const r = parseLabelName(raw);
    expect('error' in r && r.error.code).toBe('label.contains.invalid.chars');
  });
  it.each(['a/b', 'say"hi"', "it's", 'c++', 'snake_case', 'kebab-case', '日本語', '🚀'])('accepts %j', (raw) => {
    expect(parseLabelName(raw)).toEqual({ names: [raw.toLowerCase()] });
  });
  it('limits names to 255 UTF-16 code units', () => {
    expect(parseLabelName('a'.repeat(255))).toEqual({ names: ['a'.repeat(255)] });
    const r = parseLabelName('a'.repeat(256));
    expect('error' in r && r.error.code).toBe('label.name.is.too.long');
    // 128 emoji = 256 UTF-16 code units: too long although only 128 code points.
    const e = parseLabelName('😀'.repeat(128));
    expect('error' in e && e.error.code).toBe('label.name.is.too.long');
  });
  it('refuses an empty name', () => {
    const r = parseLabelName('  ');
    expect('error' in r && r.error.code).toBe('label.name.empty');
  });
});

describe('content labels', () => {
  const setup = () => {
    const site = createSite();
    const alice = addUser(site, { email: 'alice@example.com' });
    const bob = addUser(site, { email: 'bob@example.com' });
    const space = addSpace(site, { key: 'DOC' });
    const page = addPage(site, { spaceId: space.id, title: 'P', authorId: alice.accountId });
    return { site, alice, bob, page };
  };
  it('re-adding is idempotent and one id is kept per label site-wide', () => {
    const { site, page } = setup();
    addLabels(site, page, ['ops', 'ci']);
    addLabels(site, page, ['ops']);
    const labels = labelsOf(site, page);
    expect(labels.map((l) => l.name)).toEqual(['ops', 'ci']);
    const other = addPage(site, { spaceId: page.spaceId, title: 'Q' });
    addLabels(site, other, ['ops']);
    expect(labelsOf(site, other)[0]?.id).toBe(labels[0]?.id);
  });
  it('shows my: labels only to their owner and removes them first', () => {
    const { site, page, alice, bob } = setup();
    addLabels(site, page, ['todo']);
    addLabels(site, page, ['todo'], 'my', alice.accountId);
    expect(labelsOf(site, page, bob.accountId).map((l) => l.prefix)).toEqual(['global']);
    expect(labelsOf(site, page, alice.accountId).map((l) => l.prefix)).toEqual(['global', 'my']);
    expect(removeLabel(site, page, 'todo', alice.accountId)).toBe(true);
    expect(labelsOf(site, page, alice.accountId).map((l) => l.prefix)).toEqual(['global']);
    expect(removeLabel(site, page, 'never-existed', alice.accountId)).toBe(false);
  });
  it('does not bump the page version', () => {
    const { site, page } = setup();
    addLabels(site, page, ['x']);
    expect(page.versions).toHaveLength(1);
  });
});
