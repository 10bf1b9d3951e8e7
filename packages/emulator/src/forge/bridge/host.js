/*
 * host.js — the page-view side of the emulator's Forge bridge (loaded when a Forge byline item shows).
 *
 * A byline item opens an inline dialog with the app's Custom UI resource in a sandboxed iframe served
 * from another origin (`POST /wiki/__emulator/forge/frame`). The iframe's `__bridge.callBridge` calls
 * (see iframe.js) are answered here: a message counts only when `event.source` is the window of a frame
 * this script opened AND `event.origin` is that frame's origin; answers go to that origin only.
 * Commands: getContext, invoke, fetchProduct, openModal, close, submit, reload, navigate, getUrl,
 * showFlag, closeFlag, emit/on/off (and the Public variants). Others reject as unsupported.
 */
/* global window, document */
(function () {
  'use strict';
  var PROTOCOL = 'labelup-emulator-forge/1';
  var configEl = document.getElementById('emulator-host-config');
  if (!configEl) return;
  var config = JSON.parse(configEl.textContent || '{}');
  var endpoints = config.forge.endpoints;
  var frames = []; // {iframe, origin, target, kind: 'inline'|'modal', container, opener, onClose}
  var subscriptions = []; // {id, frame, event, callbackId, public}
  var subSeq = 0;
  var INLINE = { small: ['300px', '200px'], medium: ['400px', '300px'], large: ['600px', '400px'], xlarge: ['800px', '500px'] };
  var MODAL = { small: ['400px', '40vh'], medium: ['600px', '55vh'], large: ['800px', '70vh'], xlarge: ['968px', 'calc(100vh - 140px)'], max: ['calc(100vw - 120px)', 'calc(100vh - 120px)'], fullscreen: ['100vw', '100vh'] };

  function postJson(path, body) {
    return fetch(path, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (json) {
        if (!r.ok) throw new Error(json.error || 'HTTP ' + r.status);
        return json;
      });
    });
  }

  function openFrame(target, kind, container, extra) {
    return postJson(endpoints.frame, target).then(function (answer) {
      var iframe = document.createElement('iframe');
      iframe.setAttribute('sandbox', answer.sandbox);
      iframe.src = answer.src;
      iframe.title = answer.title;
      iframe.setAttribute('data-testid', 'forge-iframe');
      var frame = { iframe: iframe, origin: answer.origin, target: target, kind: kind, container: container, answer: answer };
      Object.keys(extra || {}).forEach(function (k) { frame[k] = extra[k]; });
      frames.push(frame);
      container.appendChild(iframe);
      return frame;
    });
  }

  function closeFrame(frame, submitted) {
    frames = frames.filter(function (f) { return f !== frame; });
    subscriptions = subscriptions.filter(function (s) { return s.frame !== frame; });
    var root = frame.kind === 'modal' ? frame.container.parentNode : frame.container;
    if (root && root.parentNode) root.parentNode.removeChild(root);
    if (frame.kind === 'modal' && frame.opener && frame.onClose) callback(frame.opener, frame.onClose, submitted);
  }

  function callback(frame, ref, arg) {
    if (!ref || !ref.__forgeCallback || frames.indexOf(frame) < 0) return;
    frame.iframe.contentWindow.postMessage({ protocol: PROTOCOL, kind: 'callback', callbackId: ref.__forgeCallback, arg: arg }, frame.origin);
  }

  var inline = null;
  function toggleInline(button) {
    var target = { app: button.getAttribute('data-forge-app'), moduleKey: button.getAttribute('data-module-key'), contentId: config.contentId, version: config.version };
    if (inline) {
      var same = inline.target.app === target.app && inline.target.moduleKey === target.moduleKey;
      closeFrame(inline);
      inline = null;
      if (same) return;
    }
    var box = document.createElement('div');
    box.className = 'forge-inline-dialog';
    box.setAttribute('data-testid', 'forge-inline-dialog');
    button.parentNode.appendChild(box);
    openFrame(target, 'inline', box).then(function (frame) {
      var size = INLINE[frame.answer.viewportSize] || INLINE.medium;
      box.style.width = size[0];
      box.style.height = size[1];
      inline = frame;
    }, function (err) {
      box.textContent = 'Could not open the app: ' + err.message;
    });
  }

  function openModal(frame, payload) {
    var size = MODAL[payload.size] || (payload.size && payload.size.width ? [payload.size.width, payload.size.height || '55vh'] : MODAL.medium);
    var backdrop = document.createElement('div');
    backdrop.className = 'forge-modal-backdrop';
    var modal = document.createElement('div');
    modal.className = 'forge-modal';
    modal.setAttribute('role', 'dialog');
    modal.setAttribute('data-testid', 'forge-modal');
    modal.style.width = size[0];
    modal.style.height = size[1];
    if (payload.title) {
      var h = document.createElement('h2');
      h.textContent = payload.title;
      modal.appendChild(h);
    }
    var body = document.createElement('div');
    body.style.flex = '1';
    modal.appendChild(body);
    backdrop.appendChild(modal);
    document.body.appendChild(backdrop);
    var target = { app: frame.target.app, moduleKey: frame.target.moduleKey, contentId: frame.target.contentId, version: frame.target.version, modal: payload.context || {} };
    return openFrame(target, 'modal', body, { opener: frame, onClose: payload.onClose }).then(function (modalFrame) {
      if (payload.closeOnOverlayClick !== false) backdrop.addEventListener('click', function (e) { if (e.target === backdrop) closeFrame(modalFrame); });
      if (payload.closeOnEscape !== false) {
        document.addEventListener('keydown', function esc(e) {
          if (e.key !== 'Escape') return;
          document.removeEventListener('keydown', esc);
          if (frames.indexOf(modalFrame) >= 0) closeFrame(modalFrame);
        });
      }
      return true;
    });
  }

  function urlOf(location) {
    if (typeof location.url === 'string') return new URL(location.url, window.location.href).href;
    if ((location.target === 'contentView' || location.target === 'contentEdit') && location.contentId) {
      return new URL('/wiki/pages/viewpage.action?pageId=' + encodeURIComponent(location.contentId), window.location.href).href;
    }
    throw new Error('Unsupported navigation target: ' + location.target);
  }

  function flagsBox() {
    var box = document.getElementById('forge-flags');
    if (!box) {
      box = document.createElement('div');
      box.id = 'forge-flags';
      box.className = 'forge-flags';
      document.body.appendChild(box);
    }
    return box;
  }

  var commands = {
    getContext: function (frame) { return postJson(endpoints.context, frame.target); },
    invoke: function (frame, p) {
      return postJson(endpoints.invoke, Object.assign({}, frame.target, { functionKey: p.functionKey, payload: p.payload })).then(
        function (a) { return p.metadata ? { body: a.body, metadata: {} } : a.body; },
        function (err) { throw new Error('There was an error invoking the function - ' + err.message); },
      );
    },
    fetchProduct: function (frame, p) {
      if (p.product !== 'confluence') throw new Error('Only requestConfluence is supported');
      return postJson(endpoints.fetch, Object.assign({}, frame.target, { restPath: p.restPath, init: { method: p.fetchRequestInit.method, headers: p.fetchRequestInit.headers, body: p.fetchRequestInit.body } }));
    },
    openModal: function (frame, p) { return openModal(frame, p || {}); },
    close: function (frame) {
      if (frame === inline) inline = null;
      closeFrame(frame);
      return true;
    },
    submit: function (frame, p) {
      if (frame.kind !== 'modal') return false;
      closeFrame(frame, p);
      return true;
    },
    reload: function () { window.setTimeout(function () { window.location.reload(); }, 0); },
    navigate: function (frame, p) {
      var url = urlOf(p);
      if (!/^https?:/.test(url)) throw new Error('Refused navigation to ' + url);
      if (p.type === 'new-tab') window.open(url, '_blank', 'noopener');
      else window.setTimeout(function () { window.location.assign(url); }, 0);
    },
    getUrl: function (frame, p) { return urlOf(p); },
    showFlag: function (frame, p) {
      var flag = document.createElement('div');
      flag.className = 'forge-flag forge-flag-' + (p.type || 'info');
      flag.setAttribute('data-testid', 'forge-flag');
      flag.setAttribute('data-flag-id', String(p.id));
      var title = document.createElement('strong');
      title.textContent = p.title || '';
      var text = document.createElement('div');
      text.textContent = p.description || '';
      flag.appendChild(title);
      flag.appendChild(text);
      flagsBox().appendChild(flag);
      return true;
    },
    closeFlag: function (frame, p) {
      var el = document.querySelector('[data-flag-id="' + String(p.id).replace(/"/g, '') + '"]');
      if (el) el.parentNode.removeChild(el);
      return true;
    },
    on: function (frame, p) { return subscribe(frame, p, false); },
    onPublic: function (frame, p) { return subscribe(frame, p, true); },
    off: function (frame, p) {
      subscriptions = subscriptions.filter(function (s) { return !(s.frame === frame && s.id === p.subscriptionId); });
    },
    emit: function (frame, p) { return publish(frame, p, false); },
    emitPublic: function (frame, p) { return publish(frame, p, true); },
  };

  function subscribe(frame, p, isPublic) {
    var id = 's' + ++subSeq;
    subscriptions.push({ id: id, frame: frame, event: p.event, callbackId: p.callback, public: isPublic });
    return id;
  }

  // Events reach the other frames of the same app on this page (public ones: every app's frames).
  function publish(frame, p, isPublic) {
    subscriptions.forEach(function (s) {
      if (s.frame === frame || s.event !== p.event || s.public !== isPublic) return;
      if (!isPublic && s.frame.target.app !== frame.target.app) return;
      callback(s.frame, s.callbackId, p.payload);
    });
  }

  window.addEventListener('message', function (event) {
    var frame = frames.filter(function (f) { return f.iframe.contentWindow === event.source; })[0];
    if (!frame || event.origin !== frame.origin) return;
    var m = event.data;
    if (!m || m.protocol !== PROTOCOL || m.kind !== 'call') return;
    var reply = function (ok, value) {
      if (frames.indexOf(frame) < 0 && m.command !== 'close' && m.command !== 'submit') return;
      if (!frame.iframe.contentWindow) return;
      frame.iframe.contentWindow.postMessage(ok ? { protocol: PROTOCOL, kind: 'result', id: m.id, ok: true, value: value } : { protocol: PROTOCOL, kind: 'result', id: m.id, ok: false, error: String(value && value.message || value) }, frame.origin);
    };
    var handler = commands[m.command];
    if (!handler) return reply(false, new Error('Bridge command ' + m.command + ' is not supported by the emulator'));
    Promise.resolve().then(function () { return handler(frame, m.payload); }).then(function (v) { reply(true, v === undefined ? null : v); }, function (e) { reply(false, e); });
  });

  document.addEventListener('click', function (e) {
    var button = e.target && e.target.closest ? e.target.closest('[data-testid="forge-byline-item"]') : null;
    if (button) toggleInline(button);
  });
})();
