import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/candidates/extract.js';
import { getLanguageKit } from '../../src/lang/index.js';
import { parsePage } from '../../src/parse/index.js';
import { suggestLabels } from '../../src/suggest.js';

const keysOf = (text: string, language = 'en', format: 'text' | 'markdown' = 'text'): string[] => {
  const kit = getLanguageKit(language)!;
  const blocks = parsePage({ body: text, format }).blocks;
  return [...extractCandidates(blocks, kit).candidates.values()].map((c) => c.firstSurface.toLowerCase());
};

describe('candidate rules from the lexicon', () => {
  it('never lets weekdays, months, verbs or adverbs stand in a candidate', () => {
    const keys = keysOf('The load balancer timed out on Thursday morning and the deploy was rolled back automatically. It happened in March.');
    expect(keys).toContain('load balancer');
    for (const bad of ['thursday', 'thursday morning', 'morning', 'happened', 'automatically', 'march', 'load balancer timed', 'timed']) expect(keys).not.toContain(bad);
  });

  it('needs a nominal head in multi-word candidates (head last in English, first in French)', () => {
    expect(keysOf('Code reviews bigger than before.')).not.toContain('reviews bigger');
    expect(keysOf('Reviews grandes et gestion des risques.', 'fr')).toContain('gestion des risques');
  });

  it('keeps English participles and gerunds as modifiers but not as one-word candidates', () => {
    const keys = keysOf('Distributed systems need load testing. The pager paged the agile engineer.');
    expect(keysOf('Agile.')).toContain('agile');
    expect(keys).toContain('distributed systems');
    expect(keys).toContain('load testing');
    expect(keys).not.toContain('paged');
  });

  it('keeps hyphenated compounds whole and never takes a piece of one', () => {
    const keys = keysOf('Enable two-factor authentication for the on-call rota. Write the post-mortem.');
    expect(keys).toContain('two-factor authentication');
    expect(keys).toContain('on-call rota');
    expect(keys).toContain('post-mortem');
    for (const bad of ['factor authentication', 'factor', 'call', 'post', 'mortem']) expect(keys).not.toContain(bad);
  });

  it('takes German heads only as written nouns (capitalised, or acronyms)', () => {
    const keys = keysOf('Wir wollen Kunden exportieren. Der DATEV Export läuft automatisch. Die Rechnungen werden exportiert.', 'de');
    expect(keys).toContain('kunden');
    expect(keys).toContain('datev export');
    expect(keys).toContain('datev');
    for (const bad of ['kunden exportieren', 'exportieren', 'automatisch', 'export läuft automatisch']) expect(keys).not.toContain(bad);
  });

  it('reads English possessives as their noun', () => {
    const keys = keysOf("GitHub's search is fast. The search of GSA’s site.");
    expect(keys).toContain('github');
    expect(keys).toContain('gsa');
    expect(keys.some((k) => /['’]s\b/u.test(k))).toBe(false);
  });

  it('takes no candidate from a template section heading', () => {
    const keys = keysOf('# Symptoms\n\nReplication lag grows on the replica.\n\n# Diagnosis\n\nCheck the replica.', 'en', 'markdown');
    expect(keys).toContain('replica');
    expect(keys).not.toContain('symptoms');
    expect(keys).not.toContain('diagnosis');
  });

  it('can be switched off for measurement', () => {
    const kit = getLanguageKit('en')!;
    const blocks = parsePage({ body: 'It happened on Monday.', format: 'text' }).blocks;
    const keys = [...extractCandidates(blocks, kit, { lexicon: false }).candidates.values()].map((c) => c.firstSurface.toLowerCase());
    expect(keys).toContain('monday');
  });
});

describe('document kinds in the suggestions', () => {
  const body = '# Summary\n\nCheckout failed for 40 minutes.\n\n# Timeline\n\nThe payment gateway timed out.\n\n# Root cause\n\nAn expired certificate on the payment gateway.\n\n# Action items\n\nRenew certificates automatically.';
  it('suggests the kind first, with its evidence, and no piece of it', () => {
    const r = suggestLabels({ title: 'Post-mortem: checkout outage', body, format: 'markdown' });
    const first = r.suggestions[0]!;
    expect(first.label).toBe('post-mortem');
    expect(first.evidence.kind).toEqual({ id: 'post-mortem', signals: ['title', 'headings'] });
    const labels = r.suggestions.map((s) => s.label);
    expect(labels).toContain('payment-gateway');
    for (const bad of ['post', 'mortem', 'summary', 'timeline', 'root-cause', 'action-items']) expect(labels).not.toContain(bad);
  });
  it('leaves kinds out when asked, and never suggests a kind label already on the page', () => {
    expect(suggestLabels({ title: 'Post-mortem: checkout outage', body, format: 'markdown' }, { documentKinds: false }).suggestions.filter((s) => s.evidence.kind)).toEqual([]);
    expect(suggestLabels({ title: 'Post-mortem: checkout outage', body, format: 'markdown', existingLabels: ['postmortem'] }).suggestions.map((s) => s.label)).not.toContain('post-mortem');
  });
});
