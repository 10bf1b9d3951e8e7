import type { PerLanguage } from './languages.js';

/**
 * Template sections: the headings a kind's template (Confluence's own, or the common team template)
 * puts on a page, per language. `names` are `|`-separated heading texts, written in lowercase with
 * diacritics (they are folded like the page's headings: no diacritics, punctuation as spaces,
 * leading/trailing numbers dropped). English names apply to every language.
 *
 * - `kinds` — the kinds whose template has this section (empty: a generic section name only, for
 *   {@link isTemplateHeading});
 * - `strong` — distinctive of its kinds, or of the listed ones only (weighs 2 instead of 1 in the
 *   heading score: "What went well" is strong for a retrospective, ordinary in a post-mortem);
 * - `topical` — a section name that is also a real topic ("Design", "Users", "Rollback"): it counts
 *   for the kinds but `isTemplateHeading` is false for it, so the engine may still suggest it.
 *
 * A heading matches a section when its folded text equals a name, or starts with a name of at least
 * six characters followed by one or two more words ("Root cause analysis", "Timeline UTC",
 * "Action items for Q3") — or any number of words for `prefix` sections ("Day 1 — accounts and laptop").
 */
export interface SectionSpec {
  readonly id: string;
  readonly kinds: readonly string[];
  readonly strong?: boolean | readonly string[];
  readonly topical?: boolean;
  readonly prefix?: boolean;
  readonly names: PerLanguage<string>;
}

export const SECTIONS: readonly SectionSpec[] = [
  /* ---------- meeting notes ---------- */
  {
    id: 'attendees', kinds: ['meeting-notes'], strong: true,
    names: {
      en: 'attendees|participants|present|attendance|people present|invitees', de: 'teilnehmer|teilnehmende|teilnehmer innen|teilnehmerinnen und teilnehmer|anwesende|anwesend', fr: 'participants|présents|personnes présentes|participantes et participants',
      es: 'asistentes|participantes', pt: 'participantes|presentes', it: 'partecipanti|presenti', nl: 'aanwezigen|deelnemers|aanwezig', sv: 'deltagare|närvarande', da: 'deltagere|til stede|tilstede',
      no: 'deltakere|til stede|tilstede', fi: 'osallistujat|läsnä|paikalla', ru: 'участники|присутствовали|присутствующие', pl: 'uczestnicy|obecni',
    },
  },
  {
    id: 'agenda', kinds: ['meeting-notes'], strong: true,
    names: {
      en: 'agenda|agenda items|topics', de: 'tagesordnung|agenda|themen|tagesordnungspunkte', fr: 'ordre du jour|agenda', es: 'orden del día|agenda|temas', pt: 'pauta|ordem do dia|agenda',
      it: 'ordine del giorno|agenda', nl: 'agenda|agendapunten', sv: 'dagordning|agenda', da: 'dagsorden', no: 'dagsorden|agenda|saksliste', fi: 'asialista|esityslista', ru: 'повестка|повестка дня', pl: 'agenda|porządek spotkania|porządek obrad',
    },
  },
  {
    id: 'discussion', kinds: ['meeting-notes'],
    names: {
      en: 'discussion|discussion items|discussion points|discussion notes|notes|minutes', de: 'diskussion|besprochene themen|besprechungspunkte|besprechung|notizen', fr: 'points discutés|discussion|points abordés|sujets abordés|échanges',
      es: 'puntos tratados|discusión|temas tratados', pt: 'discussão|pontos discutidos|assuntos discutidos', it: 'discussione|punti discussi|argomenti discussi', nl: 'besproken punten|bespreking|discussie',
      sv: 'diskussion|diskussionspunkter', da: 'diskussion|drøftelse', no: 'diskusjon|drøfting', fi: 'keskustelu|käsitellyt asiat', ru: 'обсуждение|обсуждали', pl: 'dyskusja|omawiane tematy|omówione tematy',
    },
  },
  {
    id: 'decisions', kinds: ['meeting-notes'],
    names: {
      en: 'decisions|decisions made|key decisions', de: 'beschlüsse|entscheidungen|getroffene entscheidungen', fr: 'décisions|décisions prises', es: 'decisiones|acuerdos', pt: 'decisões|deliberações', it: 'decisioni|decisioni prese',
      nl: 'besluiten|besluitenlijst|beslissingen', sv: 'beslut|fattade beslut', da: 'beslutninger', no: 'beslutninger|vedtak', fi: 'päätökset', ru: 'решения|принятые решения', pl: 'decyzje|ustalenia',
    },
  },
  {
    id: 'action-items', kinds: ['meeting-notes', 'retrospective', 'post-mortem'],
    names: {
      en: 'action items|action points|actions|next steps|tasks|todos|to dos|follow ups|follow up actions|follow up', de: 'aufgaben|maßnahmen|action items|to dos|todos|nächste schritte|offene aufgaben',
      fr: 'actions|actions à mener|plan d action|prochaines étapes|tâches', es: 'acciones|tareas|próximos pasos|acciones pendientes|plan de acción', pt: 'ações|tarefas|próximos passos|itens de ação|plano de ação',
      it: 'azioni|attività|prossimi passi|azioni da intraprendere|piano d azione', nl: 'actiepunten|acties|actielijst|volgende stappen', sv: 'åtgärder|att göra|nästa steg|åtgärdspunkter',
      da: 'handlingspunkter|opgaver|næste skridt|aktioner', no: 'aksjonspunkter|oppgaver|neste steg|tiltak', fi: 'toimenpiteet|tehtävät|seuraavat askeleet|jatkotoimet',
      ru: 'задачи|действия|следующие шаги|поручения|план действий', pl: 'zadania|działania|następne kroki|kolejne kroki|plan działania',
    },
  },
  /* ---------- retrospective ---------- */
  {
    id: 'went-well', kinds: ['retrospective', 'post-mortem'], strong: ['retrospective'],
    names: {
      en: 'what went well|went well|what worked|what worked well|keep doing|keep', de: 'was lief gut|was gut lief|gut gelaufen|was war gut|beibehalten', fr: 'ce qui a bien fonctionné|ce qui a bien marché|ce qui s est bien passé|points positifs',
      es: 'qué salió bien|lo que salió bien|qué fue bien|lo positivo', pt: 'o que deu certo|o que funcionou|o que foi bem|pontos positivos', it: 'cosa è andato bene|cosa ha funzionato|punti positivi',
      nl: 'wat ging goed|wat ging er goed|tops', sv: 'vad gick bra|det som gick bra', da: 'hvad gik godt', no: 'hva gikk bra|hva fungerte', fi: 'mikä meni hyvin|mikä toimi',
      ru: 'что прошло хорошо|что было хорошо|что получилось', pl: 'co poszło dobrze|co się udało',
    },
  },
  {
    id: 'went-wrong', kinds: ['retrospective', 'post-mortem'], strong: ['retrospective'],
    names: {
      en: 'what went wrong|what didn t go well|what did not go well|what went badly|what could be better|what could be improved|what to improve|to improve|stop doing|start doing|what we learned',
      de: 'was lief nicht gut|was lief schlecht|was können wir besser machen|was war nicht gut|verbesserungspotenzial|was wir gelernt haben', fr: 'ce qui n a pas fonctionné|ce qui peut être amélioré|à améliorer|axes d amélioration|points d amélioration|points négatifs',
      es: 'qué salió mal|lo que salió mal|qué podemos mejorar|a mejorar|qué mejorar', pt: 'o que deu errado|o que pode melhorar|o que podemos melhorar|pontos de melhoria|a melhorar',
      it: 'cosa non è andato bene|cosa migliorare|cosa possiamo migliorare|da migliorare|punti di miglioramento', nl: 'wat kan beter|wat ging minder goed|wat ging er mis|tips',
      sv: 'vad kan bli bättre|vad gick mindre bra|vad kan förbättras', da: 'hvad kan blive bedre|hvad gik mindre godt|hvad kan forbedres', no: 'hva kan bli bedre|hva gikk mindre bra|hva kan forbedres',
      fi: 'mitä voisi parantaa|mikä ei toiminut|kehitettävää', ru: 'что можно улучшить|что пошло не так|что было плохо', pl: 'co można poprawić|co poszło nie tak|co do poprawy',
    },
  },
  /* ---------- post-mortem ---------- */
  {
    id: 'summary', kinds: ['post-mortem', 'design-doc'],
    names: {
      en: 'summary|incident summary|executive summary|tl dr|tldr', de: 'zusammenfassung|kurzfassung', fr: 'résumé|synthèse', es: 'resumen', pt: 'resumo', it: 'sommario|riepilogo|sintesi', nl: 'samenvatting',
      sv: 'sammanfattning', da: 'resumé|sammenfatning|opsummering', no: 'sammendrag|oppsummering', fi: 'yhteenveto|tiivistelmä', ru: 'резюме|краткое описание|сводка', pl: 'podsumowanie|streszczenie',
    },
  },
  {
    id: 'impact', kinds: ['post-mortem'],
    names: {
      en: 'impact|customer impact|business impact|user impact', de: 'auswirkungen|auswirkung', fr: 'impact|impacts', es: 'impacto', pt: 'impacto', it: 'impatto', nl: 'impact|gevolgen', sv: 'påverkan',
      da: 'påvirkning', no: 'påvirkning', fi: 'vaikutus|vaikutukset', ru: 'влияние', pl: 'wpływ|skutki',
    },
  },
  {
    id: 'timeline', kinds: ['post-mortem'],
    names: {
      en: 'timeline|incident timeline|chronology|sequence of events', de: 'zeitlicher ablauf|ablauf|zeitleiste|chronologie', fr: 'chronologie|déroulement|déroulé', es: 'cronología|línea de tiempo|línea temporal',
      pt: 'linha do tempo|cronologia', it: 'cronologia|sequenza degli eventi', nl: 'tijdlijn|chronologie', sv: 'tidslinje|händelseförlopp', da: 'tidslinje|hændelsesforløb', no: 'tidslinje|hendelsesforløp',
      fi: 'aikajana|tapahtumien kulku', ru: 'хронология|хронология событий|ход событий', pl: 'oś czasu|chronologia|przebieg zdarzeń',
    },
  },
  {
    id: 'root-cause', kinds: ['post-mortem'], strong: true,
    names: {
      en: 'root cause|root causes|root cause analysis|contributing factors|five whys|5 whys', de: 'grundursache|ursachenanalyse|eigentliche ursache', fr: 'cause racine|causes racines|cause profonde|causes profondes',
      es: 'causa raíz|causas raíz', pt: 'causa raiz|causas raiz', it: 'causa principale|causa radice|causa scatenante', nl: 'grondoorzaak|hoofdoorzaak', sv: 'grundorsak|rotorsak', da: 'grundårsag|rodårsag',
      no: 'rotårsak|grunnårsak', fi: 'juurisyy', ru: 'первопричина|корневая причина', pl: 'przyczyna źródłowa|główna przyczyna',
    },
  },
  {
    id: 'cause', kinds: ['post-mortem', 'troubleshooting'],
    names: {
      en: 'cause|causes|why it happened', de: 'ursache|ursachen', fr: 'cause|causes', es: 'causa|causas', pt: 'causa|causas', it: 'causa|cause', nl: 'oorzaak|oorzaken', sv: 'orsak|orsaker', da: 'årsag|årsager',
      no: 'årsak|årsaker', fi: 'syy|syyt', ru: 'причина|причины', pl: 'przyczyna|przyczyny',
    },
  },
  {
    id: 'resolution', kinds: ['post-mortem'],
    names: {
      en: 'resolution|remediation|fix', de: 'behebung', fr: 'résolution|correction|remédiation', es: 'resolución|corrección', pt: 'correção|resolução', it: 'risoluzione|correzione', nl: 'oplossing van het incident',
      sv: 'åtgärdande', da: 'udbedring', no: 'utbedring', fi: 'korjaus', ru: 'устранение|исправление', pl: 'naprawa',
    },
  },
  {
    // Also real topics ("fraud detection", "disaster recovery"): they count, but are not template headings.
    id: 'response', kinds: ['post-mortem'], topical: true,
    names: {
      en: 'detection|response|recovery', de: 'erkennung|reaktion|wiederherstellung', fr: 'détection|réaction|rétablissement', es: 'detección|respuesta|recuperación', pt: 'detecção|resposta|recuperação',
      it: 'rilevamento|risposta|ripristino', nl: 'detectie|herstel', sv: 'upptäckt|återställning', da: 'opdagelse|genopretning', no: 'oppdagelse|gjenoppretting', fi: 'havaitseminen|palautuminen',
      ru: 'обнаружение|восстановление', pl: 'wykrycie|przywrócenie',
    },
  },
  {
    id: 'lessons', kinds: ['post-mortem', 'retrospective'], strong: true,
    names: {
      en: 'lessons learned|lessons learnt|learnings|what we learned', de: 'lessons learned|erkenntnisse|lehren', fr: 'leçons apprises|enseignements|retour d expérience', es: 'lecciones aprendidas', pt: 'lições aprendidas',
      it: 'lezioni apprese|lezioni imparate', nl: 'geleerde lessen|lessons learned', sv: 'lärdomar', da: 'erfaringer|læring', no: 'læringspunkter|erfaringer|lærdom', fi: 'opit|opitut asiat', ru: 'выводы|извлечённые уроки|уроки', pl: 'wnioski|wyciągnięte wnioski',
    },
  },
  {
    id: 'corrective-actions', kinds: ['post-mortem'], strong: true,
    names: {
      en: 'corrective actions|preventive actions|preventive measures|prevention|follow up items', de: 'korrekturmaßnahmen|präventionsmaßnahmen|vorbeugende maßnahmen|gegenmaßnahmen', fr: 'actions correctives|actions préventives|mesures préventives',
      es: 'acciones correctivas|acciones preventivas|medidas preventivas', pt: 'ações corretivas|ações preventivas|medidas preventivas', it: 'azioni correttive|azioni preventive|misure preventive',
      nl: 'corrigerende maatregelen|preventieve maatregelen', sv: 'korrigerande åtgärder|förebyggande åtgärder', da: 'korrigerende handlinger|forebyggende tiltag', no: 'korrigerende tiltak|forebyggende tiltak',
      fi: 'korjaavat toimenpiteet|ennaltaehkäisevät toimenpiteet', ru: 'корректирующие действия|превентивные меры|меры предотвращения', pl: 'działania korygujące|działania zapobiegawcze',
    },
  },
  /* ---------- runbook / troubleshooting ---------- */
  {
    id: 'symptoms', kinds: ['runbook', 'troubleshooting'], strong: true,
    names: {
      en: 'symptoms|symptom|signs|alerts|alert|when to use this runbook|triggers', de: 'symptome|anzeichen|alarme|fehlerbild', fr: 'symptômes|alertes', es: 'síntomas|alertas', pt: 'sintomas|alertas', it: 'sintomi|allarmi',
      nl: 'symptomen|alerts', sv: 'symptom|larm', da: 'symptomer|alarmer', no: 'symptomer|alarmer', fi: 'oireet|hälytykset', ru: 'симптомы|признаки|алерты', pl: 'objawy|alerty',
    },
  },
  {
    id: 'diagnosis', kinds: ['runbook'], strong: true,
    names: {
      en: 'diagnosis|diagnostics|investigation|triage|how to check|checks|check', de: 'diagnose|analyse|prüfung|überprüfung', fr: 'diagnostic|investigation|vérifications', es: 'diagnóstico|investigación|comprobaciones',
      pt: 'diagnóstico|investigação|verificações', it: 'diagnosi|diagnostica|indagine|verifiche', nl: 'diagnose|onderzoek|controles', sv: 'diagnos|kontroller', da: 'diagnose|kontrol', no: 'diagnose|kontroller',
      fi: 'diagnoosi|tarkistukset', ru: 'диагностика|проверка', pl: 'diagnoza|diagnostyka',
    },
  },
  {
    id: 'mitigation', kinds: ['runbook'], strong: true,
    names: {
      en: 'mitigation|remediation steps|resolution steps|recovery steps|recovery procedure|workaround', de: 'abhilfe|gegenmaßnahmen|vorgehen|wiederherstellung|umgehung', fr: 'mitigation|remédiation|atténuation|contournement',
      es: 'mitigación|remediación|solución temporal', pt: 'mitigação|remediação|contorno', it: 'mitigazione|rimedio|aggiramento', nl: 'mitigatie|herstelprocedure|workaround', sv: 'åtgärd|åtgärder|återställning',
      da: 'afhjælpning|genopretning', no: 'tiltak|gjenoppretting', fi: 'korjaustoimet|kiertotie', ru: 'устранение|митигация|порядок действий', pl: 'mitygacja|obejście|naprawa',
    },
  },
  {
    id: 'escalation', kinds: ['runbook'], strong: true,
    names: {
      en: 'escalation|escalate|escalation path|escalation contacts|who to contact|when to escalate', de: 'eskalation|eskalierung|eskalationspfad', fr: 'escalade|escalade et contacts', es: 'escalado|escalamiento|escalación',
      pt: 'escalonamento|escalada', it: 'escalation|escalazione', nl: 'escalatie', sv: 'eskalering', da: 'eskalering', no: 'eskalering', fi: 'eskalointi|eskalaatio', ru: 'эскалация', pl: 'eskalacja',
    },
  },
  {
    id: 'rollback', kinds: ['runbook'], topical: true,
    names: {
      en: 'rollback|rolling back|roll back', de: 'rollback|zurücksetzen', fr: 'retour arrière|rollback', es: 'reversión|rollback', pt: 'reversão|rollback', it: 'rollback|ripristino', nl: 'terugdraaien|rollback',
      sv: 'återställning|rollback', da: 'tilbagerulning', no: 'tilbakerulling', fi: 'palautus|rollback', ru: 'откат', pl: 'wycofanie|rollback',
    },
  },
  {
    id: 'verification', kinds: ['runbook', 'how-to'],
    names: {
      en: 'verification|verify|validation|post checks|expected result|result', de: 'verifikation|überprüfung des ergebnisses|ergebnis prüfen', fr: 'vérification|résultat attendu', es: 'verificación|resultado esperado', pt: 'verificação|resultado esperado',
      it: 'verifica|risultato atteso', nl: 'verificatie|controle', sv: 'verifiering|förväntat resultat', da: 'verifikation', no: 'verifisering', fi: 'varmistus|odotettu tulos', ru: 'проверка результата|ожидаемый результат', pl: 'weryfikacja|oczekiwany rezultat',
    },
  },
  {
    id: 'prerequisites', kinds: ['runbook', 'how-to'],
    names: {
      en: 'prerequisites|before you begin|before you start|requirements before you start|what you need|you will need', de: 'voraussetzungen|vorbereitung|bevor sie beginnen|was sie brauchen', fr: 'prérequis|pré requis|avant de commencer|ce dont vous avez besoin',
      es: 'requisitos previos|antes de empezar|prerrequisitos', pt: 'pré requisitos|antes de começar', it: 'prerequisiti|prima di iniziare|requisiti preliminari', nl: 'vereisten|voorwaarden|voordat je begint|benodigdheden',
      sv: 'förutsättningar|innan du börjar|förkunskaper', da: 'forudsætninger|før du begynder', no: 'forutsetninger|før du begynner|forkunnskaper', fi: 'esivaatimukset|edellytykset|ennen kuin aloitat',
      ru: 'предварительные требования|предусловия|перед началом|что понадобится', pl: 'wymagania wstępne|zanim zaczniesz|przygotowanie',
    },
  },
  {
    id: 'steps', kinds: ['how-to'], strong: true,
    names: {
      en: 'steps|step by step|instructions|procedure|how to', de: 'schritte|schritt für schritt|anleitung|vorgehensweise|vorgehen|so geht s|so gehts', fr: 'étapes|instructions|procédure|marche à suivre|mode opératoire',
      es: 'pasos|instrucciones|procedimiento', pt: 'passos|etapas|instruções|procedimento', it: 'passaggi|istruzioni|procedura', nl: 'stappen|stappenplan|instructies|zo werkt het|werkwijze',
      sv: 'steg|instruktioner|steg för steg|så här gör du', da: 'trin|fremgangsmåde|sådan gør du', no: 'steg|fremgangsmåte|trinn|slik gjør du', fi: 'vaiheet|ohjeet|toimi näin',
      ru: 'шаги|порядок действий|инструкция|пошаговая инструкция', pl: 'kroki|instrukcja|procedura|krok po kroku',
    },
  },
  {
    id: 'related-articles', kinds: ['how-to', 'troubleshooting'],
    names: {
      en: 'related articles|related pages|related links', de: 'verwandte artikel|verwandte seiten|ähnliche artikel', fr: 'articles connexes|pages connexes|articles liés', es: 'artículos relacionados|páginas relacionadas',
      pt: 'artigos relacionados|páginas relacionadas', it: 'articoli correlati|pagine correlate', nl: 'gerelateerde artikelen|gerelateerde pagina s', sv: 'relaterade artiklar|relaterade sidor', da: 'relaterede artikler|relaterede sider',
      no: 'relaterte artikler|relaterte sider', fi: 'liittyvät artikkelit|aiheeseen liittyvät sivut', ru: 'связанные статьи|связанные страницы', pl: 'powiązane artykuły|powiązane strony',
    },
  },
  {
    id: 'problem', kinds: ['troubleshooting', 'design-doc'],
    names: {
      en: 'problem|issue|the problem|problem description|the issue', de: 'problem|problembeschreibung|das problem', fr: 'problème|description du problème|le problème', es: 'problema|descripción del problema|el problema',
      pt: 'problema|descrição do problema|o problema', it: 'problema|descrizione del problema|il problema', nl: 'probleem|probleemomschrijving|het probleem', sv: 'problem|problembeskrivning', da: 'problem|problembeskrivelse',
      no: 'problem|problembeskrivelse', fi: 'ongelma|ongelman kuvaus', ru: 'проблема|описание проблемы', pl: 'problem|opis problemu',
    },
  },
  {
    id: 'solution', kinds: ['troubleshooting'], strong: true,
    names: {
      en: 'solution|resolution|workaround|how to fix|fix|solutions', de: 'lösung|workaround|abhilfe|behebung|lösungen', fr: 'solution|contournement|solution de contournement|solutions', es: 'solución|solución alternativa|soluciones',
      pt: 'solução|solução alternativa|contorno|soluções', it: 'soluzione|workaround|soluzione alternativa|soluzioni', nl: 'oplossing|workaround|tijdelijke oplossing|oplossingen', sv: 'lösning|tillfällig lösning|lösningar',
      da: 'løsning|midlertidig løsning|løsninger', no: 'løsning|midlertidig løsning|løsninger', fi: 'ratkaisu|kiertotie|ratkaisut', ru: 'решение|обходное решение|способ решения', pl: 'rozwiązanie|obejście|rozwiązania',
    },
  },
  {
    id: 'environment', kinds: ['troubleshooting'],
    names: { en: 'environment|applies to|affected versions|affected systems', de: 'umgebung|betroffene versionen|gilt für', fr: 'environnement|s applique à|versions concernées', es: 'entorno|se aplica a', pt: 'ambiente|aplica se a', it: 'ambiente|si applica a', nl: 'omgeving|van toepassing op', sv: 'miljö|gäller för', da: 'miljø|gælder for', no: 'miljø|gjelder for', fi: 'ympäristö|koskee', ru: 'окружение|среда|применимо к', pl: 'środowisko|dotyczy' },
  },
  /* ---------- release notes ---------- */
  {
    id: 'new-features', kinds: ['release-notes'], strong: true,
    names: {
      en: 'new features|new|features|what s new|new functionality|highlights', de: 'neue funktionen|neu|neuerungen|neue features|highlights', fr: 'nouvelles fonctionnalités|nouveautés|nouveau', es: 'nuevas funcionalidades|nuevas funciones|novedades|nuevo',
      pt: 'novas funcionalidades|novos recursos|novidades|novo', it: 'nuove funzionalità|novità|nuovo', nl: 'nieuwe functies|nieuw|nieuwe functionaliteit', sv: 'nya funktioner|nytt|nyheter', da: 'nye funktioner|nyt|nyheder',
      no: 'nye funksjoner|nytt|nyheter', fi: 'uudet ominaisuudet|uutta', ru: 'новые функции|новые возможности|новое', pl: 'nowe funkcje|nowości|nowe',
    },
  },
  {
    id: 'improvements', kinds: ['release-notes'],
    names: {
      en: 'improvements|improved|enhancements|changes|changed', de: 'verbesserungen|verbessert|änderungen|geändert', fr: 'améliorations|amélioré|modifications|changements', es: 'mejoras|mejorado|cambios', pt: 'melhorias|melhorado|alterações|mudanças',
      it: 'miglioramenti|migliorato|modifiche', nl: 'verbeteringen|verbeterd|wijzigingen', sv: 'förbättringar|förbättrat|ändringar', da: 'forbedringer|forbedret|ændringer', no: 'forbedringer|forbedret|endringer',
      fi: 'parannukset|parannettu|muutokset', ru: 'улучшения|изменения|улучшено', pl: 'ulepszenia|usprawnienia|zmiany',
    },
  },
  {
    id: 'bug-fixes', kinds: ['release-notes'], strong: true,
    names: {
      en: 'bug fixes|bugfixes|fixes|fixed|fixed issues|resolved issues|bugs fixed', de: 'fehlerbehebungen|behobene fehler|bugfixes|behoben', fr: 'corrections|correctifs|corrections de bugs|bugs corrigés|corrigé',
      es: 'correcciones|errores corregidos|corregido|corrección de errores', pt: 'correções|correções de bugs|corrigido|bugs corrigidos', it: 'correzioni|bug corretti|correzioni di bug|corretto',
      nl: 'opgeloste problemen|bugfixes|opgelost|opgeloste bugs', sv: 'buggfixar|rättade fel|åtgärdade fel|felrättningar', da: 'fejlrettelser|rettede fejl|rettet', no: 'feilrettinger|rettede feil|rettet',
      fi: 'korjaukset|korjatut viat|bugikorjaukset', ru: 'исправления|исправленные ошибки|исправлено|исправления ошибок', pl: 'poprawki|poprawione błędy|naprawione błędy',
    },
  },
  {
    id: 'known-issues', kinds: ['release-notes'], strong: true,
    names: {
      en: 'known issues|known bugs|known limitations|known problems', de: 'bekannte probleme|bekannte fehler|bekannte einschränkungen', fr: 'problèmes connus|limitations connues|bugs connus', es: 'problemas conocidos|errores conocidos',
      pt: 'problemas conhecidos|limitações conhecidas', it: 'problemi noti|bug noti|limitazioni note', nl: 'bekende problemen|bekende beperkingen', sv: 'kända problem|kända fel', da: 'kendte problemer|kendte fejl',
      no: 'kjente problemer|kjente feil', fi: 'tunnetut ongelmat|tunnetut viat', ru: 'известные проблемы|известные ошибки', pl: 'znane problemy|znane błędy',
    },
  },
  {
    id: 'breaking-changes', kinds: ['release-notes'], strong: true,
    names: {
      en: 'breaking changes|deprecations|deprecated|removed|upgrade notes|upgrade instructions|upgrading', de: 'breaking changes|entfernt|veraltet|abkündigungen|hinweise zum upgrade', fr: 'changements majeurs|obsolète|supprimé|fonctionnalités supprimées',
      es: 'cambios importantes|obsoleto|eliminado', pt: 'mudanças incompatíveis|obsoleto|removido', it: 'modifiche incompatibili|deprecato|rimosso', nl: 'verwijderd|verouderd', sv: 'borttaget|utfasat', da: 'fjernet|udfaset',
      no: 'fjernet|utfaset', fi: 'poistettu|vanhentuneet', ru: 'удалено|устаревшее|несовместимые изменения', pl: 'usunięte|przestarzałe|zmiany niekompatybilne',
    },
  },
  /* ---------- ADR / decision ---------- */
  {
    id: 'status', kinds: ['adr'],
    names: { en: 'status', de: 'status', fr: 'statut', es: 'estado', pt: 'status|estado', it: 'stato', nl: 'status', sv: 'status', da: 'status', no: 'status', fi: 'tila', ru: 'статус', pl: 'status' },
  },
  {
    id: 'context', kinds: ['adr'],
    names: {
      en: 'context|context and problem statement|context and scope', de: 'kontext', fr: 'contexte', es: 'contexto', pt: 'contexto', it: 'contesto', nl: 'context', sv: 'kontext|sammanhang', da: 'kontekst', no: 'kontekst',
      fi: 'konteksti', ru: 'контекст', pl: 'kontekst',
    },
  },
  {
    id: 'decision', kinds: ['adr', 'decision'],
    names: {
      en: 'decision|decision outcome|the decision|final decision|outcome', de: 'entscheidung|die entscheidung', fr: 'décision|la décision|décision finale', es: 'decisión|la decisión|decisión final', pt: 'decisão|a decisão|decisão final',
      it: 'decisione|la decisione|decisione finale', nl: 'besluit|beslissing', sv: 'beslut|beslutet', da: 'beslutning|beslutningen', no: 'beslutning|beslutningen|vedtak', fi: 'päätös', ru: 'решение|принятое решение', pl: 'decyzja',
    },
  },
  {
    id: 'consequences', kinds: ['adr'], strong: true,
    names: {
      en: 'consequences|implications', de: 'konsequenzen|folgen', fr: 'conséquences', es: 'consecuencias', pt: 'consequências', it: 'conseguenze', nl: 'consequenties|gevolgen', sv: 'konsekvenser', da: 'konsekvenser',
      no: 'konsekvenser', fi: 'seuraukset', ru: 'последствия', pl: 'konsekwencje',
    },
  },
  {
    id: 'options', kinds: ['adr', 'decision', 'design-doc'], strong: true,
    names: {
      en: 'considered options|options considered|alternatives|alternatives considered|options|considered alternatives', de: 'betrachtete optionen|alternativen|optionen|betrachtete alternativen|varianten', fr: 'options envisagées|alternatives|options|alternatives envisagées',
      es: 'alternativas|opciones consideradas|opciones', pt: 'alternativas|opções consideradas|opções', it: 'alternative|opzioni considerate|opzioni|alternative considerate', nl: 'alternatieven|overwogen opties|opties',
      sv: 'alternativ|övervägda alternativ', da: 'alternativer|overvejede muligheder|muligheder', no: 'alternativer|vurderte alternativer', fi: 'vaihtoehdot|harkitut vaihtoehdot', ru: 'альтернативы|рассмотренные варианты|варианты', pl: 'alternatywy|rozważane opcje|opcje',
    },
  },
  {
    id: 'decision-drivers', kinds: ['adr', 'decision'], strong: true,
    names: { en: 'decision drivers|decision criteria', de: 'entscheidungskriterien|entscheidungstreiber', fr: 'critères de décision', es: 'criterios de decisión', pt: 'critérios de decisão', it: 'criteri di decisione', nl: 'beslissingscriteria', sv: 'beslutskriterier', da: 'beslutningskriterier', no: 'beslutningskriterier', fi: 'päätöskriteerit', ru: 'критерии принятия решения|критерии выбора', pl: 'kryteria decyzji' },
  },
  {
    id: 'pros-cons', kinds: ['decision'],
    names: {
      en: 'pros and cons|pros cons', de: 'vor und nachteile', fr: 'avantages et inconvénients', es: 'pros y contras|ventajas y desventajas', pt: 'prós e contras|vantagens e desvantagens', it: 'pro e contro|vantaggi e svantaggi',
      nl: 'voor en nadelen|voordelen en nadelen', sv: 'för och nackdelar|fördelar och nackdelar', da: 'fordele og ulemper', no: 'fordeler og ulemper', fi: 'hyvät ja huonot puolet', ru: 'плюсы и минусы|преимущества и недостатки', pl: 'zalety i wady|plusy i minusy',
    },
  },
  {
    id: 'daci', kinds: ['decision'], strong: true,
    names: { en: 'driver|approver|contributors|informed|daci', de: 'verantwortlich|genehmiger|daci', fr: 'daci|approbateur', es: 'daci|aprobador', pt: 'daci|aprovador', it: 'daci|approvatore', nl: 'daci', sv: 'daci', da: 'daci', no: 'daci', fi: 'daci', ru: 'daci', pl: 'daci' },
  },
  /* ---------- PRD / design doc ---------- */
  {
    id: 'problem-statement', kinds: ['product-requirements'], strong: true,
    names: {
      en: 'problem statement|problem to solve|problem definition|the problem we are solving', de: 'problemstellung', fr: 'énoncé du problème|problématique', es: 'planteamiento del problema|definición del problema',
      pt: 'declaração do problema|definição do problema', it: 'definizione del problema|problema da risolvere', nl: 'probleemstelling', sv: 'problemformulering', da: 'problemformulering', no: 'problemstilling',
      fi: 'ongelman määrittely', ru: 'постановка проблемы|постановка задачи', pl: 'definicja problemu',
    },
  },
  {
    id: 'goals', kinds: ['product-requirements', 'design-doc'],
    names: {
      en: 'goals|objectives|objective|goals and non goals|goals and objectives', de: 'ziele|zielsetzung|ziel', fr: 'objectifs|objectif', es: 'objetivos|objetivo', pt: 'objetivos|objetivo', it: 'obiettivi|obiettivo',
      nl: 'doelen|doelstellingen|doel', sv: 'mål|syfte', da: 'mål|formål', no: 'mål|formål', fi: 'tavoitteet|tavoite', ru: 'цели|цель', pl: 'cele|cel',
    },
  },
  {
    id: 'requirements', kinds: ['product-requirements'],
    names: {
      en: 'requirements|functional requirements|non functional requirements|product requirements', de: 'anforderungen|funktionale anforderungen|nicht funktionale anforderungen', fr: 'exigences|besoins|exigences fonctionnelles',
      es: 'requisitos|requerimientos|requisitos funcionales', pt: 'requisitos|requisitos funcionais', it: 'requisiti|requisiti funzionali', nl: 'eisen|vereisten|requirements|functionele eisen', sv: 'krav|funktionella krav',
      da: 'krav|funktionelle krav', no: 'krav|funksjonelle krav', fi: 'vaatimukset|toiminnalliset vaatimukset', ru: 'требования|функциональные требования', pl: 'wymagania|wymagania funkcjonalne',
    },
  },
  {
    id: 'user-stories', kinds: ['product-requirements'], strong: true,
    names: {
      en: 'user stories|use cases|personas|target users|user interaction and design|jobs to be done', de: 'user stories|anwendungsfälle|zielgruppe|personas', fr: 'récits utilisateurs|cas d usage|cas d utilisation|personas|histoires utilisateur',
      es: 'historias de usuario|casos de uso', pt: 'histórias de usuário|casos de uso', it: 'user stories|casi d uso|storie utente', nl: 'user stories|gebruikersverhalen|use cases|doelgroep', sv: 'användarberättelser|användningsfall|målgrupp',
      da: 'brugerhistorier|use cases|målgruppe', no: 'brukerhistorier|brukstilfeller|målgruppe', fi: 'käyttäjätarinat|käyttötapaukset|kohderyhmä', ru: 'пользовательские истории|сценарии использования|целевая аудитория', pl: 'historyjki użytkownika|przypadki użycia|grupa docelowa',
    },
  },
  {
    id: 'users', kinds: ['product-requirements'], topical: true,
    names: { en: 'users|customers|who is it for', de: 'nutzer|benutzer|kunden', fr: 'utilisateurs|clients', es: 'usuarios|clientes', pt: 'usuários|clientes', it: 'utenti|clienti', nl: 'gebruikers|klanten', sv: 'användare|kunder', da: 'brugere|kunder', no: 'brukere|kunder', fi: 'käyttäjät|asiakkaat', ru: 'пользователи|клиенты', pl: 'użytkownicy|klienci' },
  },
  {
    id: 'success-metrics', kinds: ['product-requirements'], strong: true,
    names: {
      en: 'success metrics|metrics|kpis|success criteria|measuring success|how we measure success', de: 'erfolgskriterien|kennzahlen|erfolgsmessung|metriken', fr: 'indicateurs de succès|critères de succès|métriques|indicateurs clés',
      es: 'métricas de éxito|criterios de éxito|métricas', pt: 'métricas de sucesso|critérios de sucesso|métricas', it: 'metriche di successo|criteri di successo|metriche', nl: 'succescriteria|kpi s|meetbare resultaten',
      sv: 'framgångsmått|framgångskriterier', da: 'succeskriterier', no: 'suksesskriterier', fi: 'onnistumisen mittarit|mittarit', ru: 'метрики успеха|критерии успеха|метрики', pl: 'metryki sukcesu|kryteria sukcesu',
    },
  },
  {
    id: 'scope', kinds: ['product-requirements'],
    names: {
      en: 'scope|out of scope|not doing|in scope|what we are not doing', de: 'umfang|abgrenzung|nicht im umfang|außerhalb des umfangs|projektumfang', fr: 'périmètre|hors périmètre|hors scope', es: 'alcance|fuera de alcance',
      pt: 'escopo|fora do escopo', it: 'ambito|fuori ambito|perimetro', nl: 'scope|buiten scope|afbakening', sv: 'omfattning|avgränsningar|avgränsning', da: 'omfang|afgrænsning', no: 'omfang|avgrensning|avgrensninger',
      fi: 'rajaus|rajaukset|laajuus', ru: 'границы проекта|вне рамок проекта|рамки проекта', pl: 'zakres|poza zakresem',
    },
  },
  {
    id: 'open-questions', kinds: ['product-requirements', 'design-doc'],
    names: {
      en: 'open questions|questions|open issues|open points|unresolved questions', de: 'offene fragen|offene punkte', fr: 'questions ouvertes|points ouverts|questions en suspens', es: 'preguntas abiertas|cuestiones abiertas|temas abiertos',
      pt: 'perguntas em aberto|questões em aberto|pontos em aberto', it: 'domande aperte|questioni aperte|punti aperti', nl: 'open vragen|openstaande vragen|open punten', sv: 'öppna frågor', da: 'åbne spørgsmål', no: 'åpne spørsmål',
      fi: 'avoimet kysymykset', ru: 'открытые вопросы', pl: 'otwarte pytania|otwarte kwestie',
    },
  },
  {
    id: 'milestones', kinds: ['product-requirements', 'roadmap'],
    names: {
      en: 'milestones|release plan|rollout|rollout plan', de: 'meilensteine|zeitplan', fr: 'jalons|calendrier', es: 'hitos|calendario', pt: 'marcos|cronograma', it: 'milestone|tappe|calendario', nl: 'mijlpalen|planning',
      sv: 'milstolpar|tidsplan', da: 'milepæle|tidsplan', no: 'milepæler|tidsplan', fi: 'virstanpylväät|aikataulu', ru: 'этапы|вехи|сроки', pl: 'kamienie milowe|harmonogram',
    },
  },
  {
    id: 'background', kinds: ['product-requirements', 'design-doc', 'decision'],
    names: {
      en: 'background|background and strategic fit|motivation|why', de: 'hintergrund|ausgangslage|motivation|ausgangssituation', fr: 'contexte et enjeux|historique|motivation', es: 'antecedentes|motivación', pt: 'antecedentes|motivação',
      it: 'premessa|motivazione', nl: 'achtergrond|aanleiding|motivatie', sv: 'bakgrund|motivering', da: 'baggrund|motivation', no: 'bakgrunn|motivasjon', fi: 'tausta|motivaatio', ru: 'предпосылки|мотивация|предыстория', pl: 'tło|motywacja|geneza',
    },
  },
  {
    id: 'non-goals', kinds: ['design-doc'], strong: true,
    names: { en: 'non goals|goals and non goals|non goals and out of scope', de: 'nicht ziele|nichtziele', fr: 'non objectifs', es: 'no objetivos', pt: 'não objetivos', it: 'non obiettivi', nl: 'niet doelen', sv: 'icke mål', da: 'ikke mål', no: 'ikke mål', fi: 'ei tavoitteita', ru: 'не цели', pl: 'nie cele' },
  },
  {
    id: 'design', kinds: ['design-doc'], topical: true,
    names: {
      en: 'design|detailed design|proposed design|proposal|proposed solution|architecture|high level design|technical design', de: 'entwurf|design|architektur|lösungsansatz|technisches design|lösungsvorschlag', fr: 'conception|architecture|solution proposée|proposition',
      es: 'diseño|arquitectura|propuesta|solución propuesta', pt: 'design|arquitetura|proposta|solução proposta', it: 'progettazione|architettura|proposta|soluzione proposta', nl: 'ontwerp|architectuur|voorstel',
      sv: 'design|arkitektur|förslag', da: 'design|arkitektur|forslag', no: 'design|arkitektur|forslag', fi: 'suunnittelu|arkkitehtuuri|ehdotus', ru: 'дизайн|архитектура|предлагаемое решение|предложение', pl: 'projekt|architektura|propozycja|proponowane rozwiązanie',
    },
  },
  {
    id: 'risks', kinds: ['design-doc'],
    names: {
      en: 'drawbacks|risks|trade offs|tradeoffs|cross cutting concerns|security considerations|risks and mitigations', de: 'risiken|nachteile|abwägungen', fr: 'risques|inconvénients|compromis', es: 'riesgos|desventajas|compromisos',
      pt: 'riscos|desvantagens', it: 'rischi|svantaggi|compromessi', nl: 'risico s|nadelen|afwegingen', sv: 'risker|nackdelar', da: 'risici|ulemper', no: 'risikoer|ulemper', fi: 'riskit|haitat', ru: 'риски|недостатки', pl: 'ryzyka|wady',
    },
  },
  /* ---------- onboarding ---------- */
  {
    id: 'first-day', kinds: ['onboarding'], strong: true, prefix: true,
    names: {
      en: 'day 1|first day|your first day|day one', de: 'erster tag|tag 1|der erste tag|ihr erster tag|dein erster tag', fr: 'premier jour|jour 1|votre premier jour|ton premier jour', es: 'primer día|día 1|tu primer día',
      pt: 'primeiro dia|dia 1|seu primeiro dia', it: 'primo giorno|giorno 1|il tuo primo giorno', nl: 'eerste dag|dag 1|je eerste dag', sv: 'första dagen|dag 1|din första dag', da: 'første dag|dag 1|din første dag',
      no: 'første dag|dag 1|din første dag', fi: 'ensimmäinen päivä|päivä 1', ru: 'первый день|день 1', pl: 'pierwszy dzień|dzień 1',
    },
  },
  {
    id: 'first-week', kinds: ['onboarding'], strong: true, prefix: true,
    names: {
      en: 'first week|your first week|week 1|first month|your first month|first 30 days', de: 'erste woche|die erste woche|woche 1|erster monat', fr: 'première semaine|semaine 1|premier mois', es: 'primera semana|semana 1|primer mes',
      pt: 'primeira semana|semana 1|primeiro mês', it: 'prima settimana|settimana 1|primo mese', nl: 'eerste week|week 1|eerste maand', sv: 'första veckan|vecka 1|första månaden', da: 'første uge|uge 1|første måned',
      no: 'første uke|uke 1|første måned', fi: 'ensimmäinen viikko|viikko 1|ensimmäinen kuukausi', ru: 'первая неделя|неделя 1|первый месяц', pl: 'pierwszy tydzień|tydzień 1|pierwszy miesiąc',
    },
  },
  {
    id: 'before-start', kinds: ['onboarding'], strong: true,
    names: {
      en: 'before your first day|before you arrive|before day one', de: 'vor dem ersten tag|vor ihrem ersten tag|vor deinem ersten tag|vor dem start', fr: 'avant votre arrivée|avant ton arrivée|avant votre premier jour|avant le premier jour',
      es: 'antes de tu llegada|antes de tu primer día|antes del primer día', pt: 'antes da sua chegada|antes do primeiro dia', it: 'prima del tuo arrivo|prima del primo giorno', nl: 'voor je eerste dag|voor je begint',
      sv: 'före första dagen|innan första dagen', da: 'før din første dag|før første dag', no: 'før første dag|før din første dag', fi: 'ennen ensimmäistä päivää', ru: 'до первого дня|перед первым днём|перед выходом на работу', pl: 'przed pierwszym dniem',
    },
  },
  {
    id: 'accounts', kinds: ['onboarding'], topical: true,
    names: { en: 'accounts and access|accounts|access|your accounts|equipment|your laptop|buddy|your buddy|who to ask|people to meet', de: 'zugänge|accounts|ausstattung|pate|ansprechpartner', fr: 'accès|comptes|équipement|parrain|marraine', es: 'accesos|cuentas|equipo|mentor', pt: 'acessos|contas|equipamento|mentor', it: 'accessi|account|attrezzatura|mentore|buddy', nl: 'accounts|toegang|buddy|uitrusting', sv: 'konton|behörigheter|utrustning|fadder', da: 'adgange|konti|udstyr|makker', no: 'tilganger|kontoer|utstyr|fadder', fi: 'tunnukset|käyttöoikeudet|laitteet|kummi', ru: 'доступы|учётные записи|оборудование|наставник|бадди', pl: 'dostępy|konta|sprzęt|opiekun|buddy' },
  },
  /* ---------- roadmap ---------- */
  { id: 'themes', kinds: ['roadmap'], names: { en: 'themes|initiatives|epics|strategic themes', de: 'themen|initiativen|schwerpunkte', fr: 'thèmes|initiatives|axes', es: 'temas|iniciativas', pt: 'temas|iniciativas', it: 'temi|iniziative', nl: 'thema s|initiatieven', sv: 'teman|initiativ', da: 'temaer|initiativer', no: 'temaer|initiativer', fi: 'teemat|aloitteet', ru: 'темы|инициативы', pl: 'tematy|inicjatywy' } },
  { id: 'now', kinds: ['roadmap'], strong: true, names: { en: 'now', de: 'jetzt', fr: 'maintenant', es: 'ahora', pt: 'agora', it: 'ora', nl: 'nu', sv: 'nu', da: 'nu', no: 'nå', fi: 'nyt', ru: 'сейчас', pl: 'teraz' } },
  { id: 'next', kinds: ['roadmap'], names: { en: 'next', de: 'als nächstes|danach', fr: 'ensuite|prochainement', es: 'después|a continuación', pt: 'depois|a seguir', it: 'dopo|prossimamente', nl: 'straks|hierna', sv: 'snart|därefter', da: 'snart|derefter', no: 'snart|deretter', fi: 'seuraavaksi', ru: 'далее|затем', pl: 'następnie|wkrótce' } },
  { id: 'later', kinds: ['roadmap'], strong: true, names: { en: 'later|future', de: 'später|zukunft', fr: 'plus tard|futur', es: 'más adelante|futuro', pt: 'mais tarde|futuro', it: 'più avanti|futuro', nl: 'later|toekomst', sv: 'senare|framtid', da: 'senere|fremtid', no: 'senere|fremtid', fi: 'myöhemmin|tulevaisuus', ru: 'позже|будущее', pl: 'później|przyszłość' } },
  { id: 'q1', kinds: ['roadmap'], topical: true, names: { en: 'q1|h1' } },
  { id: 'q2', kinds: ['roadmap'], topical: true, names: { en: 'q2|h2' } },
  { id: 'q3', kinds: ['roadmap'], topical: true, names: { en: 'q3' } },
  { id: 'q4', kinds: ['roadmap'], topical: true, names: { en: 'q4' } },
  /* ---------- generic section names (isTemplateHeading only) ---------- */
  {
    id: 'generic', kinds: [],
    names: {
      en: 'introduction|intro|overview|conclusion|conclusions|references|appendix|glossary|table of contents|contents|see also|further reading|contacts|contact|resources|links|useful links|assumptions|dependencies|purpose|description|details|examples|example|comments|feedback|history|change history|revision history|version history|document history|owner|owners|approvals|sign off|key takeaways|takeaways|what s next|getting started|notes|questions|faq|faqs|in short|about this page|about|related|attachments|definitions|terminology|abstract',
      de: 'einleitung|einführung|überblick|übersicht|fazit|schlussfolgerung|referenzen|quellen|anhang|glossar|inhaltsverzeichnis|inhalt|siehe auch|weiterführende links|kontakt|kontakte|ressourcen|links|annahmen|abhängigkeiten|zweck|beschreibung|details|beispiele|beispiel|kommentare|feedback|änderungshistorie|versionshistorie|dokumenthistorie|verantwortlich|freigabe|wichtigste erkenntnisse|erste schritte|anmerkungen|fragen|häufige fragen|kurz gesagt|über diese seite|begriffe|definitionen|anlagen',
      fr: 'introduction|aperçu|vue d ensemble|présentation|conclusion|références|annexe|annexes|glossaire|table des matières|sommaire|voir aussi|pour aller plus loin|contacts|contact|ressources|liens|liens utiles|hypothèses|dépendances|objet|description|détails|exemples|exemple|commentaires|historique des modifications|historique des versions|responsable|validation|à retenir|points clés|premiers pas|remarques|questions|définitions|en bref',
      es: 'introducción|resumen general|visión general|descripción general|conclusión|conclusiones|referencias|anexo|apéndice|glosario|índice|contenido|véase también|ver también|contactos|contacto|recursos|enlaces|enlaces útiles|supuestos|dependencias|propósito|descripción|detalles|ejemplos|ejemplo|comentarios|historial de cambios|historial de versiones|responsable|aprobaciones|puntos clave|primeros pasos|notas|preguntas|definiciones|en resumen',
      pt: 'introdução|visão geral|conclusão|conclusões|referências|anexo|apêndice|glossário|índice|sumário|conteúdo|veja também|ver também|contatos|contato|contactos|recursos|links|links úteis|premissas|dependências|propósito|descrição|detalhes|exemplos|exemplo|comentários|histórico de alterações|histórico de versões|responsável|aprovações|pontos principais|primeiros passos|notas|perguntas|definições|em resumo',
      it: 'introduzione|panoramica|conclusione|conclusioni|riferimenti|appendice|allegati|glossario|indice|sommario dei contenuti|vedi anche|contatti|risorse|link|link utili|ipotesi|presupposti|dipendenze|scopo|descrizione|dettagli|esempi|esempio|commenti|cronologia delle modifiche|storico delle versioni|responsabile|approvazioni|punti chiave|primi passi|note|domande|definizioni|in breve',
      nl: 'inleiding|introductie|overzicht|conclusie|conclusies|referenties|bronnen|bijlage|bijlagen|woordenlijst|inhoudsopgave|inhoud|zie ook|contact|contactpersonen|links|nuttige links|aannames|afhankelijkheden|doel van dit document|beschrijving|details|voorbeelden|voorbeeld|opmerkingen|feedback|wijzigingsgeschiedenis|versiegeschiedenis|eigenaar|goedkeuring|belangrijkste punten|aan de slag|notities|vragen|definities|in het kort',
      sv: 'inledning|introduktion|översikt|slutsats|slutsatser|referenser|källor|bilaga|bilagor|ordlista|innehållsförteckning|innehåll|se även|kontakt|kontakter|resurser|länkar|användbara länkar|antaganden|beroenden|beskrivning|detaljer|exempel|kommentarer|ändringshistorik|versionshistorik|ansvarig|godkännande|viktigaste lärdomarna|kom igång|anteckningar|frågor|definitioner|i korthet',
      da: 'indledning|introduktion|overblik|oversigt|konklusion|referencer|kilder|bilag|ordliste|indholdsfortegnelse|indhold|se også|kontakt|kontakter|ressourcer|links|nyttige links|antagelser|afhængigheder|beskrivelse|detaljer|eksempler|eksempel|kommentarer|ændringshistorik|versionshistorik|ansvarlig|godkendelse|kom i gang|noter|spørgsmål|definitioner|kort fortalt',
      no: 'innledning|introduksjon|oversikt|konklusjon|referanser|kilder|vedlegg|ordliste|innholdsfortegnelse|innhold|se også|kontakt|kontakter|ressurser|lenker|nyttige lenker|antakelser|avhengigheter|beskrivelse|detaljer|eksempler|eksempel|kommentarer|endringshistorikk|versjonshistorikk|ansvarlig|godkjenning|kom i gang|notater|spørsmål|definisjoner|kort fortalt',
      fi: 'johdanto|yleiskatsaus|katsaus|johtopäätökset|yhteenveto ja johtopäätökset|viitteet|lähteet|liite|liitteet|sanasto|sisällysluettelo|sisältö|katso myös|yhteystiedot|resurssit|linkit|hyödyllisiä linkkejä|oletukset|riippuvuudet|kuvaus|tiedot|esimerkit|esimerkki|kommentit|muutoshistoria|versiohistoria|vastuuhenkilö|hyväksyntä|aloitus|muistiinpanot|kysymykset|määritelmät|lyhyesti',
      ru: 'введение|обзор|общие сведения|заключение|выводы и заключение|ссылки|источники|приложение|приложения|глоссарий|содержание|оглавление|см также|смотрите также|контакты|ресурсы|полезные ссылки|допущения|предположения|зависимости|назначение|описание|подробности|детали|примеры|пример|комментарии|история изменений|история версий|ответственный|согласование|ключевые выводы|начало работы|заметки|примечания|вопросы|определения|термины|кратко',
      pl: 'wprowadzenie|wstęp|przegląd|omówienie|wnioski końcowe|zakończenie|podsumowanie i wnioski|odnośniki|źródła|załącznik|załączniki|słownik|słowniczek|spis treści|treść|zobacz też|zobacz także|kontakt|kontakty|zasoby|linki|przydatne linki|założenia|zależności|cel dokumentu|opis|szczegóły|przykłady|przykład|komentarze|historia zmian|historia wersji|właściciel|odpowiedzialny|zatwierdzenie|najważniejsze wnioski|pierwsze kroki|notatki|uwagi|pytania|definicje|w skrócie',
    },
  },
];
