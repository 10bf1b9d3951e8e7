import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/parse/index.js';
import { recogniseDocumentKinds } from '../../src/kinds/index.js';

/** The demo site's 45 pages: the kinds their titles and labels imply (kind=label), nothing on the others. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  '131073-eng-home': [],
  '131080-redis-failover': ['runbook=runbook'],
  '131087-pg-replica-lag': ['runbook=runbook'],
  '131094-webhooks-v2': ['design-doc=design-doc'],
  '131101-cursor-pagination': ['design-doc=design-doc'],
  '131108-pm-checkout-outage': ['post-mortem=post-mortem'],
  '131115-pm-cert-expiry': ['post-mortem=post-mortem'],
  '131122-onboarding': ['onboarding=onboarding'],
  '131129-on-call': ['runbook=runbook'],
  '131136-adr-otel': ['adr=adr'],
  '131143-release-4-2': ['release-notes=release-notes'],
  '131150-retro-w14': ['retrospective=retrospective'],
  '131157-deploy-pipeline': [],
  '131164-blog-ci-time': [],
  '131171-blog-node20': [],
  '131178-too-short': [],
  '131185-handbook': [],
  '131192-prod-home': [],
  '131199-prd-smart-labels': ['product-requirements=prd'],
  '131206-prd-offline': ['product-requirements=prd'],
  '131213-interview-acme': [],
  '131220-roadmap-q3': ['roadmap=roadmap'],
  '131227-pricing-experiment': [],
  '131234-prd-rechnungsexport': ['product-requirements=prd'],
  '131241-produktrat-maerz': ['meeting-notes=meeting-notes'],
  '131248-wettbewerb-dms': [],
  '131255-dsfa-analytics': [],
  '131262-blog-onboarding-flow': [],
  '131269-blog-april-de': ['release-notes=release-notes'],
  '131276-intl-home': [],
  '131283-fr-integration': ['onboarding=onboarding'],
  '131290-fr-cr-support': ['meeting-notes=meeting-notes'],
  '131297-fr-sauvegardes': ['how-to=procédure'],
  '131304-es-atencion': [],
  '131311-es-latam': [],
  '131318-pt-remoto': [],
  '131325-pt-incidente': ['post-mortem=post-mortem'],
  '131332-it-code-review': [],
  '131339-it-marketing': ['meeting-notes=meeting-notes'],
  '131346-nl-declaraties': ['how-to=how-to'],
  '131353-ru-deploy': ['how-to=how-to'],
  '131360-pl-bledy': ['how-to=how-to'],
  '131367-sv-tillganglighet': [],
  '131374-ja-onboarding': [],
  '131381-tr-izin': [],
};

/** The pages whose headings alone (title removed) already show their template. */
const FROM_HEADINGS: Readonly<Record<string, string>> = {
  '131080-redis-failover': 'runbook',
  '131094-webhooks-v2': 'design-doc',
  '131108-pm-checkout-outage': 'post-mortem',
  '131136-adr-otel': 'adr',
  '131143-release-4-2': 'release-notes',
  '131150-retro-w14': 'retrospective',
  '131199-prd-smart-labels': 'product-requirements',
  '131234-prd-rechnungsexport': 'product-requirements',
  '131241-produktrat-maerz': 'meeting-notes',
  '131283-fr-integration': 'onboarding',
};

interface DemoPage {
  readonly title: string;
  readonly language: string;
  readonly labels: readonly { readonly name: string }[];
  readonly versions: readonly { readonly body: object }[];
}

const dir = new URL('../../../emulator/fixtures/demo-site/pages/', import.meta.url);
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f.replace(/\.json$/, ''), page: JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as DemoPage }));

function blocksOf(page: DemoPage, withTitle: boolean) {
  const body = page.versions[page.versions.length - 1]?.body ?? {};
  return parsePage(withTitle ? { body, format: 'adf', title: page.title } : { body, format: 'adf' }).blocks;
}

describe('recogniseDocumentKinds on the demo site', () => {
  it('reads all 45 pages', () => {
    expect(pages.map((p) => p.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(pages)('$name', ({ name, page }) => {
    const found = recogniseDocumentKinds(blocksOf(page, true), page.language);
    expect(found.map((k) => `${k.kind}=${k.label}`)).toEqual(EXPECTED[name]);
  });

  it('finds the kind labels the pages carry (when they carry one)', () => {
    for (const { page } of pages) {
      const labels = recogniseDocumentKinds(blocksOf(page, true), page.language).map((k) => k.label);
      for (const name of page.labels.map((l) => l.name)) {
        if (['runbook', 'post-mortem', 'adr', 'release-notes', 'prd', 'roadmap', 'onboarding', 'procédure'].includes(name)) expect(labels, page.title).toContain(name);
      }
    }
  });

  it('recognises the templated pages from their headings alone, and nothing else', () => {
    for (const { name, page } of pages) {
      const found = recogniseDocumentKinds(blocksOf(page, false), page.language).map((k) => k.kind);
      expect(found, name).toEqual(FROM_HEADINGS[name] === undefined ? [] : [FROM_HEADINGS[name]]);
    }
  });

  it('costs microseconds per page', () => {
    const parsed = pages.map(({ page }) => ({ blocks: blocksOf(page, true), language: page.language }));
    for (const p of parsed) recogniseDocumentKinds(p.blocks, p.language);
    const rounds = 20;
    const start = performance.now();
    for (let i = 0; i < rounds; i += 1) for (const p of parsed) recogniseDocumentKinds(p.blocks, p.language);
    const perPageMicros = ((performance.now() - start) * 1000) / (rounds * parsed.length);
    // Typically 5–30 µs on this machine; the bound only catches a pathological regression.
    expect(perPageMicros).toBeLessThan(1000);
  });
});
