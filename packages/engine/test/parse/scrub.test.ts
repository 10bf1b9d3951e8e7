import { describe, expect, it } from 'vitest';
import { BOUNDARY, parsePage } from '../../src/parse/index.js';
import type { InputFormat } from '../../src/types.js';

const text = (body: string, format: InputFormat = 'text'): string => parsePage({ format, body }).blocks.map((b) => b.text).join('\n');

describe('never label material', () => {
  it.each([
    ['URL', 'see https://example.com/a?b=1#c for details', `see${BOUNDARY}for details`],
    ['www address', 'visit www.example.org today', `visit${BOUNDARY}today`],
    ['e-mail', 'write to jane.doe+ops@example.co.uk now', `write to${BOUNDARY}now`],
    ['mention', 'ask @jane.doe about it', `ask${BOUNDARY}about it`],
    ['ISO date', 'released 2024-05-01T10:00:00Z to all', `released${BOUNDARY}to all`],
    ['numeric date', 'due 31.12.2025 or 12/31/2025 latest', `due${BOUNDARY}or${BOUNDARY}latest`],
    ['time', 'standup at 9:30am daily', `standup at${BOUNDARY}daily`],
    ['emoji', 'ship it 🚀🎉 today', `ship it${BOUNDARY}today`],
    ['emoji with modifiers', 'thanks 👍🏽 team', `thanks${BOUNDARY}team`],
    ['emoji shortcode', 'great :tada: work', `great${BOUNDARY}work`],
    ['control characters', 'data\u0000\u0001\u0002 lake', `data${BOUNDARY}lake`],
  ])('drops a %s and keeps a boundary', (_kind, body, expected) => {
    expect(text(body)).toBe(expected);
  });

  it('keeps ordinary punctuation, versions, hyphens and apostrophes', () => {
    expect(text("Note: the user's real-time API v2.0 (e.g. REST) works.")).toBe("Note: the user's real-time API v2.0 (e.g. REST) works.");
  });

  it('drops mentions in Markdown and HTML too, and URLs used as link text', () => {
    expect(text('Hi @bob, see <https://x.org> and [https://y.org](https://y.org).', 'markdown')).toBe(`Hi${BOUNDARY}, see${BOUNDARY}and${BOUNDARY}.`);
    expect(text('<p>Mail <a href="mailto:a@b.cc">a@b.cc</a> or @ops</p>', 'html')).toBe(`Mail${BOUNDARY}or`);
  });

  it('drops storage mentions, emoticons, dates, images and placeholders', () => {
    const body =
      '<p>Ping <ac:link><ri:user ri:account-id="5b1"/><ac:plain-text-link-body><![CDATA[Jane]]></ac:plain-text-link-body></ac:link> ' +
      'before <time datetime="2025-01-02"/> with <ac:emoticon ac:name="smile"/> and <ac:image><ri:attachment ri:filename="a.png"/></ac:image>' +
      '<ac:placeholder>Type here</ac:placeholder> care</p>';
    expect(text(body, 'storage')).toBe(`Ping${BOUNDARY}before${BOUNDARY}with${BOUNDARY}and${BOUNDARY}care`);
  });

  it('drops script, style and code in HTML', () => {
    expect(text('<style>p{color:red}</style><p>Visible <script>track()</script>text <kbd>Ctrl</kbd> here</p>', 'html')).toBe(`Visible${BOUNDARY}text${BOUNDARY}here`);
  });

  it('reads a page link without body text as the page title, with a link mark', () => {
    const [block] = parsePage({ format: 'storage', body: '<p>See <ac:link><ri:page ri:content-title="Incident runbook"/></ac:link></p>' }).blocks;
    expect(block).toEqual({ text: 'See Incident runbook', zone: 'paragraph', marks: [{ start: 4, end: 20, mark: 'link' }] });
  });

  it('decodes entities and keeps mixed scripts', () => {
    expect(text('<p>Caf&eacute; &amp; &#x41F;&#x440;&#x438;&#x432;&#x435;&#x442; 東京 مرحبا</p>', 'html')).toBe('Café & Привет 東京 مرحبا');
  });
});
