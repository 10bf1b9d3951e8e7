/**
 * Document kinds: recognises what kind of page a page is — a runbook, a post-mortem, meeting notes… —
 * from its title and its headings, in the engine's 13 languages (en de fr es pt it nl ru pl sv da no
 * fi), so that the engine can suggest the kind labels teams put on Confluence pages. Pure, no I/O;
 * every pattern is compiled once at module load; a page costs a few microseconds (only the title block
 * and the heading blocks are read). Not wired into `suggestLabels` yet.
 *
 * ## Kinds
 *
 * Chosen from Confluence Cloud's own templates (meeting notes, retrospective, decision / DACI, product
 * requirements, how-to article, troubleshooting article, incident post-mortem, runbook, release notes)
 * and the kinds engineering and product teams label by convention (ADR, design doc / RFC, roadmap,
 * onboarding, FAQ). Project plans, status reports, policies, guidelines, handbooks and interview notes
 * are deliberately not kinds: their titles and headings are too varied to recognise safely.
 *
 * | kind                   | label             | title examples                                                       | template headings (examples)                                   |
 * |------------------------|-------------------|----------------------------------------------------------------------|----------------------------------------------------------------|
 * | `meeting-notes`        | `meeting-notes`   | Meeting notes 2024-03-01 · Besprechungsprotokoll · Compte rendu · Acta de reunión · Verbale · Notulen · Протокол встречи · Notatki ze spotkania | Attendees, Agenda, Discussion, Decisions, Action items |
 * | `retrospective`        | `retrospective`   | Sprint retrospective · Retro week 14 · Retrospektive · Rétrospective  | What went well, What didn't go well / could be better, Action items |
 * | `post-mortem`          | `post-mortem`     | Post-mortem: … · Incident review · Störungsbericht · Rapport d'incident · Relatório de incidente · Разбор инцидента | Summary, Impact, Timeline, Root cause, Lessons learned, Action items |
 * | `runbook`              | `runbook`         | Runbook: … · On-call handbook (weak) · Draaiboek · Fiche réflexe      | Symptoms, Diagnosis, Mitigation, Escalation, Rollback          |
 * | `how-to`               | `how-to`¹         | How to … · Anleitung · Comment configurer … · Cómo crear … · Handleiding · Инструкция · Как настроить … · Jak zgłosić … · Procedure for … | Prerequisites, Steps / Instructions, Verification, Related articles |
 * | `troubleshooting`      | `troubleshooting` | Troubleshooting … · Fehlerbehebung · Dépannage · Felsökning · Устранение неполадок | Problem, Symptoms, Cause, Solution / Workaround, Environment |
 * | `release-notes`        | `release-notes`   | Release notes 4.2 · What's new · Changelog · Versionshinweise · Neu im April (weak) · Notes de version · Novedades | New features, Improvements, Bug fixes, Known issues, Breaking changes |
 * | `adr`                  | `adr`             | ADR-012: … · ADR 12 · Architecture decision record · Architekturentscheidung | Status, Context, Decision, Consequences, Options considered |
 * | `decision`             | `decision`        | Decision: … · DACI: … · Entscheidungsvorlage                          | Background, Options considered, Pros and cons, Outcome, DACI roles |
 * | `product-requirements` | `prd`²            | PRD: … · Product requirements · Produktanforderungen · Cahier des charges · Kravspecifikation | Problem statement, Goals, Requirements, User stories, Success metrics, Scope, Open questions |
 * | `design-doc`           | `design-doc`, `rfc`³ | Design doc · Technical design · API design: … · RFC-12 · Technisches Konzept · Document de conception | Summary, Goals, Non-goals, Design, Alternatives, Risks, Open questions |
 * | `roadmap`              | `roadmap`         | Roadmap Q3 2026 · Q3 roadmap · Feuille de route · Hoja de ruta · Дорожная карта | Themes, Now / Next / Later, Q1–Q4, Milestones |
 * | `onboarding`           | `onboarding`      | Onboarding: … · New starter guide · Einarbeitung · Intégration des nouveaux collaborateurs · Perehdytys | Day 1 / First day, First week, Before your first day, Accounts and access |
 * | `faq`                  | `faq`             | FAQ · Frequently asked questions · Häufige Fragen · Preguntas frecuentes · Часто задаваемые вопросы | three or more question headings, at least half of all headings |
 *
 * ¹ French titles "Procédure de/d'/pour …" give the label `procédure` (the demo site's French team
 *   labels its procedures so); every other how-to gives `how-to`.
 * ² `prd` is what the demo site's teams (English and German) use; Confluence's own blueprint label
 *   is `requirements`, which is too generic to suggest.
 * ³ A title "RFC …" gives `rfc`; every other design doc gives `design-doc`.
 *
 * ## Labels per language
 *
 * Every kind gives its English slug in all 13 languages, except the two title-specific labels above.
 * Reasons: Confluence's blueprints add the same English labels (`meeting-notes`, `retrospective`,
 * `decision`…) whatever the user's language; the demo site's German pages carry `release-notes` and
 * `prd`; and one label per kind keeps a multilingual site's kind labels searchable together. Native
 * forms were considered and rejected where unsure: de `besprechungsprotokoll`/`protokoll` (the
 * blueprint gives `meeting-notes`), fr `intégration` for onboarding (it also means system
 * integration), ru `инструкция`, nl `handleiding`, pl `procedura` (no evidence of teams labelling so).
 *
 * | language | meeting-notes | retrospective | post-mortem | runbook | how-to | troubleshooting | release-notes | adr | decision | prd | design-doc | roadmap | onboarding | faq |
 * |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
 * | en de es pt it nl ru pl sv da no fi | English slug | ← | ← | ← | `how-to` | ← | ← | ← | ← | `prd` | `design-doc` / `rfc` | ← | ← | ← |
 * | fr | English slug | ← | ← | ← | `procédure` for "Procédure de …", else `how-to` | ← | ← | ← | ← | `prd` | `design-doc` / `rfc` | ← | ← | ← |
 *
 * ## Signals
 *
 * 1. **Title** (`title-rules.ts`): the title is cut into segments at `:`, `|`, `•`, `·` and dashes;
 *    each is folded (lowercase, diacritics and punctuation removed) and loses leading numbers and
 *    "draft" words. A rule matches at the start of a segment ("Post-mortem: …", "Q3 — Roadmap"), or, for
 *    distinctive compounds, at its end after one to three words ("Payments post-mortem", "Sprint 14
 *    retro"). Never in the middle: "Announcing the new onboarding flow", "How we write post-mortems"
 *    and "Release of the new API" are no kind. "How to" must open a segment; "How we …" / "How X works"
 *    is not a how-to (an explanation, not instructions). In languages without a "to", a how-to needs
 *    the infinitive (fr "Comment configurer", es "Cómo crear", it "Come usare", ru "Как настроить",
 *    pl "Jak zgłosić") or an addressed form (de "Wie beantrage ich", sv "Så här gör du", fi "Näin
 *    haet"). English rules apply to every language. Ambiguous words are weak rules ("Protokoll" can be a
 *    protocol, "Playbook" a sales playbook, "Neu im April" / "Novedades" / "Nouveautés" a news post,
 *    "Requirements" or "Konzept" alone, Finnish "…ohje" and Danish/Norwegian "…vejledning" compounds a
 *    policy). "X design" is a design doc only for technical X (API, system, database, protocol…).
 * 2. **Headings** (`sections.ts`): each heading is folded and matched against the template section
 *    names of the page's language and English (exactly, or a long name plus one or two words: "Root
 *    cause analysis"). Each section counts once per kind, a strong (distinctive) section 2, another 1;
 *    a kind is recognised from headings when its score is at least 4 over at least 2 distinct sections
 *    (e.g. Context + Decision + Consequences; Symptoms + Diagnosis; Agenda + Decisions + Action items).
 *
 * ## Relevance
 *
 * Title: strong rule 0.85, weak rule 0.6. Headings only: 0.45 at the threshold score 4, +0.05 per extra
 * point, at most 0.7. Both: `1 − (1 − title) · (1 − headings)` (0.85 and 0.45 give 0.918). Results are
 * sorted by relevance, then kind; at most two. The second must have its own evidence: a title match,
 * or a heading score that still reaches the threshold without the headings the first kind already
 * matched (so a post-mortem's "What went well / What went wrong" does not add `retrospective`).
 *
 * `isTemplateHeading` tells whether a heading is a generic template section name (any kind's section
 * that is not also a topic, plus Introduction, Overview, References, Next steps… in the 13 languages),
 * for the engine to stop suggesting such headings as labels.
 */
export { recogniseDocumentKinds, type DocumentKind } from './recognise.js';
export { isTemplateHeading } from './template-heading.js';
