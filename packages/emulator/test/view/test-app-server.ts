import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';

/**
 * A tiny Connect app for browser tests, on its own origin: `/app/index.html?target=inlinedialog|dialog`
 * loads the host's all.js from `${xdm_e}${cp}/atlassian-connect/all.js` (as the real web UI does) and
 * exposes buttons that call the AP API, writing each answer into the page for the test to read.
 */
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Test app</title></head><body>
<h1 id="mode"></h1>
<pre id="token"></pre><pre id="token2"></pre><pre id="context"></pre><pre id="locale"></pre><pre id="custom"></pre><pre id="closed"></pre><pre id="error"></pre>
<button id="get-token">token</button><button id="open-dialog">dialog</button><button id="flag">flag</button>
<button id="resize">resize</button><button id="hide">hide</button><button id="close">close</button>
<script>
  var q = new URLSearchParams(location.search);
  document.getElementById('mode').textContent = q.get('target');
  var s = document.createElement('script');
  s.src = q.get('xdm_e') + q.get('cp') + '/atlassian-connect/all.js';
  s.onload = function () {
    var show = function (id) { return function (v) { document.getElementById(id).textContent = typeof v === 'string' ? v : JSON.stringify(v); }; };
    var fail = show('error');
    AP.context.getContext().then(show('context'), fail);
    AP.user.getLocale(show('locale'));
    if (q.get('target') === 'dialog') AP.dialog.getCustomData(show('custom'));
    document.getElementById('get-token').onclick = function () {
      AP.context.getToken(show('token'));
      AP.context.getToken().then(show('token2'), fail);
    };
    document.getElementById('open-dialog').onclick = function () {
      AP.dialog.create({ key: 'labelup-dashboard', customData: { pageId: 42 } }).on('close', show('closed'));
    };
    document.getElementById('flag').onclick = function () { AP.flag.create({ title: 'Labels added', body: '<b>3</b> labels', type: 'success' }); };
    document.getElementById('resize').onclick = function () { AP.resize('420px', '333px'); };
    document.getElementById('hide').onclick = function () { AP.inlineDialog.hide(); };
    document.getElementById('close').onclick = function () { AP.dialog.close({ picked: ['redis'] }); };
    document.body.setAttribute('data-ready', 'yes');
  };
  document.head.appendChild(s);
</script></body></html>`;

/** Starts the test app on 127.0.0.1, an ephemeral port; resolves to its origin and a close function. */
export function startTestApp(): Promise<{ origin: string; close: () => Promise<void> }> {
  const app = new Hono();
  app.get('/app/index.html', (c) => c.html(PAGE));
  return new Promise((resolve) => {
    const server: ServerType = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({ origin: `http://127.0.0.1:${info.port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
