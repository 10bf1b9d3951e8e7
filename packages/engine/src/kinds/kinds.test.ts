import { describe, expect, it } from 'vitest';
import { isValidConfluenceLabel } from '../labels/confluence-label.js';
import type { TextBlock } from '../types.js';
import { isTemplateHeading, recogniseDocumentKinds, type DocumentKind } from './index.js';

function page(title: string | undefined, headings: readonly string[] = [], paragraphs: readonly string[] = []): TextBlock[] {
  const blocks: TextBlock[] = [];
  if (title !== undefined) blocks.push({ text: title, zone: 'title', marks: [] });
  for (const text of paragraphs) blocks.push({ text, zone: 'paragraph', marks: [] });
  for (const text of headings) blocks.push({ text, zone: 'heading', headingLevel: 2, marks: [] });
  return blocks;
}

function kinds(title: string | undefined, language: string, headings: readonly string[] = []): string[] {
  return recogniseDocumentKinds(page(title, headings), language).map((k) => k.kind);
}

function top(title: string | undefined, language: string, headings: readonly string[] = []): DocumentKind | undefined {
  return recogniseDocumentKinds(page(title, headings), language)[0];
}

describe('recogniseDocumentKinds — titles, per kind (English)', () => {
  const cases: [string, string][] = [
    ['Post-mortem: checkout outage on 14 March', 'post-mortem'],
    ['Postmortem — DNS failure', 'post-mortem'],
    ['Incident review: expired certificate', 'post-mortem'],
    ['Payments post-mortem', 'post-mortem'],
    ['Runbook: Redis primary failover', 'runbook'],
    ['Meeting notes', 'meeting-notes'],
    ['Meeting notes 2024-03-01', 'meeting-notes'],
    ['2024-03-01 Meeting notes', 'meeting-notes'],
    ['Weekly product sync meeting notes', 'meeting-notes'],
    ['Release notes 4.2', 'release-notes'],
    ["What's new in April", 'release-notes'],
    ['Changelog', 'release-notes'],
    ['ADR-012: Adopt OpenTelemetry', 'adr'],
    ['ADR 12 — event sourcing', 'adr'],
    ['Architecture decision record: queues', 'adr'],
    ['How to rotate the API keys', 'how-to'],
    ['How-to: request a laptop', 'how-to'],
    ['Troubleshooting slow builds', 'troubleshooting'],
    ['Sprint retrospective — Payments, week 14', 'retrospective'],
    ['Retro week 14', 'retrospective'],
    ['Sprint 14 retro', 'retrospective'],
    ['Onboarding: your first week', 'onboarding'],
    ['Checklist for new hires', 'onboarding'],
    ['New starter guide', 'onboarding'],
    ['FAQ', 'faq'],
    ['Billing FAQ', 'faq'],
    ['Frequently asked questions', 'faq'],
    ['PRD: Offline mode', 'product-requirements'],
    ['Product requirements: bulk export', 'product-requirements'],
    ['Roadmap Q3 2026', 'roadmap'],
    ['Q3 roadmap', 'roadmap'],
    ['Platform roadmap', 'roadmap'],
    ['Design doc: webhooks v2', 'design-doc'],
    ['API design: cursor pagination', 'design-doc'],
    ['RFC-42: structured logging', 'design-doc'],
    ['Decision: choose a message broker', 'decision'],
    ['DACI: analytics vendor', 'decision'],
  ];
  it.each(cases)('%s → %s', (title, kind) => {
    expect(kinds(title, 'en')[0]).toBe(kind);
  });

  it('gives each kind its label, with the RFC and French procedure labels', () => {
    expect(top('PRD: Offline mode', 'en')?.label).toBe('prd');
    expect(top('RFC-42: structured logging', 'en')?.label).toBe('rfc');
    expect(top('Design doc: webhooks', 'en')?.label).toBe('design-doc');
    expect(top('Procédure de sauvegarde', 'fr')?.label).toBe('procédure');
    expect(top('Comment configurer le VPN', 'fr')?.label).toBe('how-to');
    expect(top('Post-mortem: outage', 'de')?.label).toBe('post-mortem');
  });
});

describe('recogniseDocumentKinds — negatives: the words in other senses', () => {
  const ordinary: [string, string][] = [
    ['How we review code', 'en'],
    ['How deployments work', 'en'],
    ['How we cut CI time in half', 'en'],
    ['Release of the new API', 'en'],
    ['Releasing faster with feature flags', 'en'],
    ['Announcing the new onboarding flow', 'en'],
    ['Guidelines for meeting notes', 'en'],
    ['Tips for better retrospectives', 'en'],
    ['How we write post-mortems', 'en'],
    ['Decision making at Acme', 'en'],
    ['Retrofitting the warehouse', 'en'],
    ['Customer interview — Acme Logistics', 'en'],
    ['Engineering handbook', 'en'],
    ['Logo design', 'en'],
    ['Service design', 'en'],
    ['Retro gaming club', 'en'],
    ['Changelog policy', 'en'],
    ['Onboarding flow redesign', 'en'],
    ['Protocol buffers style', 'en'],
    ['Todo', 'en'],
    ['Wie wir arbeiten', 'de'],
    ['Netzwerkprotokoll für Sensoren', 'de'],
    ['Comment nous travaillons', 'fr'],
    ['Guide d’intégration de l’API Stripe', 'fr'],
    ['Como parte del plan de expansión', 'es'],
    ['Como funciona o deploy', 'pt'],
    ['Come lavoriamo', 'it'],
    ['Hoe wij werken', 'nl'],
    ['Как мы работаем', 'ru'],
    ['Jak pracujemy', 'pl'],
    ['Så här fungerar bygget', 'sv'],
    ['Sådan arbejder vi', 'da'],
    ['Slik jobber vi', 'no'],
    ['Näin toimimme', 'fi'],
  ];
  it.each(ordinary)('%s (%s) → no kind', (title, language) => {
    expect(kinds(title, language)).toEqual([]);
  });

  it('needs at least two or three template headings; ordinary headings give nothing', () => {
    expect(kinds('Checkout service', 'en', ['Overview', 'Details', 'Summary'])).toEqual([]);
    expect(kinds('Checkout service', 'en', ['Symptoms'])).toEqual([]);
    expect(kinds('Checkout service', 'en', ['Problem', 'Solution'])).toEqual([]);
    expect(kinds('Checkout service', 'en', ['Context', 'Decision'])).toEqual([]);
    expect(kinds('Checkout service', 'en', ['Background', 'Goals', 'Design'])).toEqual([]);
    expect(kinds('Engineering', 'en', ['Architecture decisions', 'Incident response', 'Code review'])).toEqual([]);
  });

  it('does not read paragraphs: "how to" or "post-mortem" in prose is no kind', () => {
    const blocks = page('Checkout service', [], ['How to read this page: the post-mortem and the runbook are linked below.']);
    expect(recogniseDocumentKinds(blocks, 'en')).toEqual([]);
  });

  it('ignores a first block that is not the title', () => {
    expect(recogniseDocumentKinds(page(undefined, [], ['Runbook: Redis failover']), 'en')).toEqual([]);
  });

  it('returns nothing for unsupported languages and empty input', () => {
    expect(kinds('Runbook: Redis failover', 'ja')).toEqual([]);
    expect(kinds('Runbook: Redis failover', 'und')).toEqual([]);
    expect(recogniseDocumentKinds([], 'en')).toEqual([]);
  });
});

describe('recogniseDocumentKinds — template headings, per kind (English)', () => {
  const cases: [string[], string][] = [
    [['Summary', 'Impact', 'Timeline', 'Root cause', 'Action items'], 'post-mortem'],
    [['Symptoms', 'Diagnosis', 'Mitigation', 'Escalation'], 'runbook'],
    [['Attendees', 'Agenda', 'Discussion', 'Action items'], 'meeting-notes'],
    [['Status', 'Context', 'Decision', 'Consequences'], 'adr'],
    [['What went well', "What didn't go well", 'Action items'], 'retrospective'],
    [['New features', 'Improvements', 'Bug fixes', 'Known issues'], 'release-notes'],
    [['Problem', 'Cause', 'Solution'], 'troubleshooting'],
    [['Problem statement', 'Goals', 'Requirements', 'User stories', 'Open questions'], 'product-requirements'],
    [['Prerequisites', 'Steps', 'Related articles'], 'how-to'],
    [['Goals', 'Non-goals', 'Design', 'Alternatives considered'], 'design-doc'],
    [['Day 1', 'First week'], 'onboarding'],
    [['Q1', 'Q2', 'Q3', 'Q4'], 'roadmap'],
    [['Now', 'Next', 'Later'], 'roadmap'],
    [['Background', 'Options considered', 'Pros and cons'], 'decision'],
    [['How do I reset my password?', 'Can I export my data?', 'Who can see my labels?'], 'faq'],
  ];
  it.each(cases)('%j → %s', (headings, kind) => {
    const found = recogniseDocumentKinds(page('Checkout service', headings), 'en');
    expect(found[0]?.kind).toBe(kind);
    expect(found[0]?.signals).toEqual(['headings']);
  });

  it('matches headings with numbering, punctuation, case and small extensions', () => {
    expect(kinds('Checkout service', 'en', ['1. SUMMARY:', '2. Timeline (UTC)', '3. Root cause analysis', '4. Action items for Q3'])).toEqual(['post-mortem']);
  });

  it('title and headings together are strongest, title alone next, headings alone weakest', () => {
    const both = top('Post-mortem: checkout outage', 'en', ['Summary', 'Timeline', 'Root cause', 'Action items'])!;
    const title = top('Post-mortem: checkout outage', 'en')!;
    const headings = top('Checkout outage', 'en', ['Summary', 'Timeline', 'Root cause', 'Action items'])!;
    expect(both.signals).toEqual(['title', 'headings']);
    expect(both.relevance).toBeGreaterThan(title.relevance);
    expect(title.relevance).toBeGreaterThan(headings.relevance);
    for (const k of [both, title, headings]) {
      expect(k.relevance).toBeGreaterThan(0);
      expect(k.relevance).toBeLessThanOrEqual(1);
    }
  });

  it('does not add a second kind that the first kind’s headings explain', () => {
    const found = kinds('Post-mortem: checkout outage', 'en', ['Summary', 'Timeline', 'Root cause', 'What went well', 'What went wrong', 'Action items']);
    expect(found).toEqual(['post-mortem']);
  });

  it('returns two kinds when the title names two', () => {
    expect(kinds('Runbook: how to fail over Redis', 'en').sort()).toEqual(['how-to', 'runbook']);
  });

  it('returns at most two kinds, best first, every label valid', () => {
    const found = recogniseDocumentKinds(page('Onboarding: how to set up your laptop', ['Symptoms', 'Diagnosis', 'Attendees', 'Agenda']), 'en');
    expect(found.length).toBeLessThanOrEqual(2);
    for (let i = 1; i < found.length; i += 1) expect(found[i - 1]!.relevance).toBeGreaterThanOrEqual(found[i]!.relevance);
    for (const k of found) expect(isValidConfluenceLabel(k.label)).toBe(true);
  });
});

/** Per language: a title case and a heading-template case (kind ids). */
const PER_LANGUAGE: Record<string, { title: [string, string][]; headings: [string[], string][] }> = {
  en: { title: [['Incident report: API latency', 'post-mortem']], headings: [[['Symptoms', 'Diagnosis', 'Escalation'], 'runbook']] },
  de: {
    title: [['Besprechungsprotokoll: Produktrat am 12. März', 'meeting-notes'], ['Versionshinweise 4.2', 'release-notes'], ['Anleitung: Urlaub beantragen', 'how-to'], ['Wie beantrage ich Urlaub?', 'how-to'], ['Störungsbericht: Ausfall der Zahlungen', 'post-mortem'], ['Produktanforderungen: DATEV-Export', 'product-requirements'], ['Protokoll der Teamsitzung', 'meeting-notes']],
    headings: [[['Kontext', 'Entscheidung', 'Konsequenzen'], 'adr'], [['Tagesordnung', 'Beschlüsse', 'Aufgaben'], 'meeting-notes']],
  },
  fr: {
    title: [['Compte rendu — réunion de l’équipe support', 'meeting-notes'], ['Notes de version 3.1', 'release-notes'], ['Comment configurer le VPN', 'how-to'], ['Rapport d’incident : panne du paiement', 'post-mortem'], ['Feuille de route 2026', 'roadmap'], ['Guide d’intégration des nouveaux collaborateurs', 'onboarding']],
    headings: [[['Participants', 'Ordre du jour', 'Décisions'], 'meeting-notes'], [['Problème', 'Cause', 'Solution de contournement'], 'troubleshooting']],
  },
  es: {
    title: [['Acta de reunión del comité', 'meeting-notes'], ['Cómo configurar la VPN', 'how-to'], ['Preguntas frecuentes', 'faq'], ['Notas de la versión 2.0', 'release-notes'], ['Informe de incidente: caída del pago', 'post-mortem']],
    headings: [[['Qué salió bien', 'Qué salió mal', 'Acciones'], 'retrospective']],
  },
  pt: {
    title: [['Relatório de incidente: falha no processamento de boletos', 'post-mortem'], ['Ata de reunião de diretoria', 'meeting-notes'], ['Como configurar a VPN', 'how-to'], ['Notas de versão 5.0', 'release-notes']],
    headings: [[['Resumo', 'Linha do tempo', 'Causa raiz', 'Próximos passos'], 'post-mortem']],
  },
  it: {
    title: [['Verbale riunione marketing — campagna di primavera', 'meeting-notes'], ['Come configurare la VPN', 'how-to'], ['Note di rilascio 4.2', 'release-notes'], ['Retrospettiva sprint 12', 'retrospective']],
    headings: [[['Novità', 'Miglioramenti', 'Correzioni', 'Problemi noti'], 'release-notes']],
  },
  nl: {
    title: [['Handleiding: onkosten declareren', 'how-to'], ['Notulen teamoverleg', 'meeting-notes'], ['Hoe vraag ik verlof aan?', 'how-to'], ['Veelgestelde vragen', 'faq']],
    headings: [[['Probleem', 'Oorzaak', 'Oplossing'], 'troubleshooting']],
  },
  ru: {
    title: [['Протокол встречи команды', 'meeting-notes'], ['Как настроить VPN', 'how-to'], ['Инструкция по развёртыванию сервиса отчётов', 'how-to'], ['Разбор инцидента: сбой оплаты', 'post-mortem'], ['Дорожная карта на 2026', 'roadmap']],
    headings: [[['Симптомы', 'Диагностика', 'Эскалация'], 'runbook']],
  },
  pl: {
    title: [['Notatki ze spotkania zespołu', 'meeting-notes'], ['Jak zgłosić błąd', 'how-to'], ['Procedura zgłaszania błędów', 'how-to'], ['Retrospektywa sprintu 7', 'retrospective']],
    headings: [[['Definicja problemu', 'Wymagania', 'Historyjki użytkownika', 'Otwarte pytania'], 'product-requirements']],
  },
  sv: {
    title: [['Mötesanteckningar 2024-03-01', 'meeting-notes'], ['Så här gör du en beställning', 'how-to'], ['Felsökning av VPN', 'troubleshooting'], ['Vanliga frågor', 'faq']],
    headings: [[['Vad gick bra', 'Vad kan bli bättre', 'Åtgärder'], 'retrospective']],
  },
  da: {
    title: [['Mødereferat: ledergruppen', 'meeting-notes'], ['Sådan opretter du en bruger', 'how-to'], ['Udgivelsesnoter 2.1', 'release-notes']],
    headings: [[['Deltagere', 'Dagsorden', 'Beslutninger'], 'meeting-notes']],
  },
  no: {
    title: [['Hendelsesrapport: nedetid i betaling', 'post-mortem'], ['Møtereferat styremøte', 'meeting-notes'], ['Slik setter du opp VPN', 'how-to']],
    headings: [[['Kontekst', 'Beslutning', 'Konsekvenser'], 'adr']],
  },
  fi: {
    title: [['Kokousmuistio: tiimipalaveri', 'meeting-notes'], ['Näin haet lomaa', 'how-to'], ['Perehdytys uusille työntekijöille', 'onboarding'], ['Julkaisutiedot 3.0', 'release-notes']],
    headings: [[['Uudet ominaisuudet', 'Parannukset', 'Korjaukset'], 'release-notes']],
  },
};

describe.each(Object.entries(PER_LANGUAGE))('recogniseDocumentKinds — %s', (language, { title, headings }) => {
  it.each(title)('title %s → %s', (text, kind) => {
    const found = recogniseDocumentKinds(page(text), language);
    expect(found[0]?.kind).toBe(kind);
    expect(found[0]?.signals).toEqual(['title']);
  });
  it.each(headings)('headings %j → %s', (list, kind) => {
    const found = recogniseDocumentKinds(page('Team X', list), language);
    expect(found[0]?.kind).toBe(kind);
    expect(found[0]?.signals).toEqual(['headings']);
  });
  it('applies English kind words too', () => {
    expect(kinds('Runbook: Redis failover', language)).toEqual(['runbook']);
    expect(kinds('ADR-007: Kafka', language)).toEqual(['adr']);
  });
});

describe('recogniseDocumentKinds — language codes', () => {
  it('accepts region subtags, upper case and nb/nn for Norwegian', () => {
    expect(kinds('Besprechungsprotokoll', 'de-CH')).toEqual(['meeting-notes']);
    expect(kinds('Besprechungsprotokoll', 'DE')).toEqual(['meeting-notes']);
    expect(kinds('Møtereferat', 'nb')).toEqual(['meeting-notes']);
  });
  it('does not apply another language’s words', () => {
    expect(kinds('Besprechungsprotokoll', 'fr')).toEqual([]);
  });
});

describe('isTemplateHeading', () => {
  const yes: [string, string][] = [
    ['Symptoms', 'en'], ['Diagnosis', 'en'], ['Open questions', 'en'], ['Problem statement', 'en'], ['Action items', 'en'], ['Attendees', 'en'], ['Summary', 'en'],
    ['Timeline', 'en'], ['Root cause', 'en'], ['Prerequisites', 'en'], ['Conclusion', 'en'], ['Introduction', 'en'], ['Next steps', 'en'], ['Overview', 'en'],
    ['Background', 'en'], ['References', 'en'], ['2. Summary:', 'en'], ['WHAT WENT WELL', 'en'],
    ['Zusammenfassung', 'de'], ['Offene Punkte', 'de'], ['Tagesordnung', 'de'], ['Nächste Schritte', 'de'], ['Einleitung', 'de'],
    ['Ordre du jour', 'fr'], ['Prochaines étapes', 'fr'], ['Décisions', 'fr'], ['Résumé', 'fr'], ['Resume', 'fr'],
    ['Próximos pasos', 'es'], ['Introducción', 'es'], ['Causa raiz', 'pt'], ['Próximos passos', 'pt'], ['Ordine del giorno', 'it'], ['Conclusioni', 'it'],
    ['Samenvatting', 'nl'], ['Actiepunten', 'nl'], ['Повестка дня', 'ru'], ['Следующие шаги', 'ru'], ['Podsumowanie', 'pl'], ['Następne kroki', 'pl'],
    ['Sammanfattning', 'sv'], ['Nästa steg', 'sv'], ['Dagsorden', 'da'], ['Konklusion', 'da'], ['Neste steg', 'no'], ['Innledning', 'no'], ['Yhteenveto', 'fi'], ['Johdanto', 'fi'],
    ['Summary', 'ja'], ['Summary', 'de'],
  ];
  it.each(yes)('%s (%s) is a template heading', (text, language) => {
    expect(isTemplateHeading(text, language)).toBe(true);
  });
  const no: [string, string][] = [
    ['Redis primary failover', 'en'], ['Root cause of the DNS outage', 'en'], ['Design', 'en'], ['Architecture', 'en'], ['Users', 'en'], ['Rollback', 'en'],
    ['Payment webhooks', 'en'], ['Manual failover', 'en'], ['Recovery', 'en'], ['Access', 'en'], ['Latency spikes', 'en'], ['', 'en'], ['Serienrechnungen', 'de'], ['Télétravail', 'fr'], ['Zusammenfassung', 'en'],
  ];
  it.each(no)('%s (%s) is not', (text, language) => {
    expect(isTemplateHeading(text, language)).toBe(false);
  });
});
