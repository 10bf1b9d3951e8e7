/*
 * host.js — the host side of the emulator's Connect bridge, loaded by the page view.
 *
 * Opens app iframes (inline dialogs from `system.content.button` web items, modal dialogs by key) with
 * URLs minted by the emulator (`POST /wiki/__emulator/host/iframe`), and answers the iframes' AP calls
 * sent by all.js over postMessage. A message is handled only when `event.source` is the window of an
 * iframe this script opened AND `event.origin` is that iframe's origin; answers go to that origin only.
 * Every `AP.context.getToken()` fetches a FRESH context JWT (`POST /wiki/__emulator/host/token`).
 */
/* global window, document */
(function () {
  'use strict';
  var PROTOCOL = 'labelup-emulator-ap/1';
  var configEl = document.getElementById('emulator-host-config');
  if (!configEl) return;
  var config = JSON.parse(configEl.textContent || '{}');
  var frames = []; // {iframe, origin, appKey, moduleKey, kind, container, dialogId, opener, customData}
  var flagSeq = 0;
  var CSS_LENGTH = /^\d+(\.\d+)?(px|%|vh|vw|em|rem)?$/;
  var SIZES = {
    small: ['400px', '40vh'], medium: ['600px', '55vh'], large: ['800px', '70vh'],
    'x-large': ['968px', 'calc(100vh - 140px)'], xlarge: ['968px', 'calc(100vh - 140px)'], fullscreen: ['100vw', '100vh'],
  };

  function length(value, fallback) {
    var v = String(value == null ? '' : value).trim();
    if (!CSS_LENGTH.test(v)) return fallback;
    return /^\d+(\.\d+)?$/.test(v) ? v + 'px' : v;
  }

  function postJson(path, body) {
    return fetch(path, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (json) {
          if (!r.ok) throw new Error(json.error || 'HTTP ' + r.status);
          return json;
        });
      });
  }

  function openFrame(request, container, extra) {
    return postJson(config.endpoints.iframe, request).then(function (answer) {
      var iframe = document.createElement('iframe');
      iframe.src = answer.url;
      iframe.title = answer.title || answer.moduleKey;
      iframe.setAttribute('data-app-key', answer.appKey);
      iframe.setAttribute('data-module-key', answer.moduleKey);
      iframe.id = 'embedded-' + answer.appKey + '__' + answer.moduleKey;
      var frame = { iframe: iframe, origin: answer.origin, appKey: answer.appKey, moduleKey: answer.moduleKey, options: answer.options || {} };
      Object.keys(extra || {}).forEach(function (k) { frame[k] = extra[k]; });
      frames.push(frame);
      container.appendChild(iframe);
      return frame;
    });
  }

  function forget(frame) {
    frames = frames.filter(function (f) { return f !== frame; });
  }

  // ---- inline dialogs (web item target "inlinedialog") ----
  var inline = null;
  function hideInline() {
    if (!inline) return;
    inline.container.remove();
    forget(inline.frame);
    inline = null;
  }
  function openInline(button) {
    var key = button.getAttribute('data-app-key') + '/' + button.getAttribute('data-module-key');
    if (inline && inline.key === key) { hideInline(); return; }
    hideInline();
    var container = document.createElement('div');
    container.className = 'inline-dialog';
    container.setAttribute('data-testid', 'inline-dialog');
    button.parentElement.appendChild(container);
    inline = { key: key, container: container, button: button, frame: null };
    var mine = inline;
    openFrame({ appKey: button.getAttribute('data-app-key'), moduleKey: button.getAttribute('data-module-key'), kind: 'webItem', contentId: config.contentId }, container, { kind: 'inlinedialog' })
      .then(function (frame) {
        if (inline !== mine) { forget(frame); return; }
        mine.frame = frame;
        frame.iframe.style.width = length(frame.options.width, '400px');
      })
      .catch(function (e) { container.textContent = 'Could not open the app: ' + e.message; });
  }
  document.addEventListener('mousedown', function (event) {
    if (inline && !inline.container.contains(event.target) && event.target !== inline.button) hideInline();
  });

  // ---- modal dialogs (dialog modules by key, web item target "dialog") ----
  var dialogs = [];
  function openDialog(request, opener, dialogId, createOptions) {
    var blanket = document.createElement('div');
    blanket.className = 'dialog-blanket';
    var box = document.createElement('div');
    box.className = 'dialog';
    box.setAttribute('data-testid', 'dialog');
    box.setAttribute('role', 'dialog');
    blanket.appendChild(box);
    document.body.appendChild(blanket);
    var entry = { blanket: blanket, opener: opener, dialogId: dialogId, frame: null };
    dialogs.push(entry);
    return openFrame(request, box, { kind: 'dialog', dialogId: dialogId, customData: createOptions.customData === undefined ? null : createOptions.customData })
      .then(function (frame) {
        entry.frame = frame;
        var opts = Object.assign({}, frame.options, createOptions);
        var size = SIZES[String(opts.size || '').toLowerCase()] || SIZES.large;
        box.style.width = length(opts.width, size[0]);
        box.style.height = opts.height ? length(opts.height, size[1]) : size[1];
        if (opts.chrome !== false) {
          var header = document.createElement('header');
          var title = document.createElement('span');
          title.textContent = (opts.header && (opts.header.value || opts.header)) || frame.appKey;
          var close = document.createElement('button');
          close.type = 'button';
          close.textContent = 'Close';
          close.addEventListener('click', function () { closeDialog(entry, null); });
          header.appendChild(title);
          header.appendChild(close);
          box.insertBefore(header, box.firstChild);
        }
        return dialogId;
      })
      .catch(function (e) {
        closeDialog(entry, null);
        throw e;
      });
  }
  function closeDialog(entry, data) {
    var i = dialogs.indexOf(entry);
    if (i < 0) return;
    dialogs.splice(i, 1);
    entry.blanket.remove();
    if (entry.frame) forget(entry.frame);
    var opener = entry.opener;
    if (opener && opener.iframe.contentWindow && frames.indexOf(opener) >= 0) {
      opener.iframe.contentWindow.postMessage({ protocol: PROTOCOL, kind: 'event', name: 'dialog.close', dialogId: entry.dialogId, data: data }, opener.origin);
    }
  }
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    if (dialogs.length > 0) closeDialog(dialogs[dialogs.length - 1], null);
    else hideInline();
  });

  // ---- flags ----
  function flagArea() {
    var area = document.querySelector('.flags');
    if (!area) {
      area = document.createElement('div');
      area.className = 'flags';
      area.setAttribute('aria-live', 'polite');
      document.body.appendChild(area);
    }
    return area;
  }
  var flagTimers = {};
  function createFlag(options) {
    flagSeq += 1;
    var id = 'flag-' + flagSeq;
    var type = ['info', 'success', 'warning', 'error'].indexOf(options.type) >= 0 ? options.type : 'info';
    var el = document.createElement('div');
    el.className = 'flag flag-' + type;
    el.id = id;
    el.setAttribute('data-testid', 'flag');
    var title = document.createElement('strong');
    title.textContent = String(options.title || '');
    var body = document.createElement('div');
    // Connect documents `body` as HTML; the emulator shows it as text so an app cannot inject markup.
    body.textContent = String(options.body || '');
    el.appendChild(title);
    el.appendChild(body);
    flagArea().appendChild(el);
    if (options.close === 'auto') flagTimers[id] = setTimeout(function () { closeFlag(id); }, 8000);
    return id;
  }
  function closeFlag(id) {
    clearTimeout(flagTimers[id]);
    var el = document.getElementById(String(id));
    if (el && el.classList.contains('flag')) el.remove();
  }

  // ---- AP calls ----
  var handlers = {
    'context.getToken': function (frame) {
      return postJson(config.endpoints.token, { appKey: frame.appKey, contentId: config.contentId, version: config.version }).then(function (r) { return r.token; });
    },
    'context.getContext': function (frame) { return config.contexts[frame.appKey] || {}; },
    'user.getLocale': function () { return config.locale || 'en-US'; },
    'dialog.create': function (frame, options, dialogId) {
      options = options && typeof options === 'object' ? options : {};
      if (typeof options.key !== 'string') throw new Error('AP.dialog.create needs a module key');
      return openDialog({ appKey: frame.appKey, moduleKey: options.key, kind: 'dialog', contentId: config.contentId }, frame, String(dialogId || ''), options);
    },
    'dialog.close': function (frame, data) {
      var entry = dialogs.filter(function (d) { return d.frame === frame; })[0];
      if (!entry) throw new Error('AP.dialog.close called outside a dialog');
      closeDialog(entry, data);
      return true;
    },
    'dialog.getCustomData': function (frame) { return frame.customData === undefined ? null : frame.customData; },
    'inlineDialog.hide': function (frame) {
      if (inline && inline.frame === frame) hideInline();
      return true;
    },
    'navigator.reload': function () {
      setTimeout(function () { window.location.reload(); }, 0);
      return true;
    },
    resize: function (frame, width, height, auto) {
      if (auto && frame.kind === 'dialog') return false;
      // Auto-resize follows the content's height only; the width stays what the module or the app set.
      if (!auto) frame.iframe.style.width = length(width, frame.iframe.style.width || '100%');
      frame.iframe.style.height = length(height, frame.iframe.style.height || '300px');
      return true;
    },
    sizeToParent: function (frame) {
      frame.iframe.style.width = '100%';
      frame.iframe.style.height = '100%';
      return true;
    },
    'flag.create': function (_frame, options) { return createFlag(options && typeof options === 'object' ? options : {}); },
    'flag.close': function (_frame, id) {
      closeFlag(id);
      return true;
    },
  };

  window.addEventListener('message', function (event) {
    var msg = event.data;
    if (!msg || msg.protocol !== PROTOCOL || msg.kind !== 'request') return;
    var frame = frames.filter(function (f) { return f.iframe.contentWindow === event.source; })[0];
    if (!frame || event.origin !== frame.origin) return; // not one of our iframes, or navigated elsewhere
    var reply = function (payload) {
      payload.protocol = PROTOCOL;
      payload.kind = 'response';
      payload.id = msg.id;
      event.source.postMessage(payload, frame.origin);
    };
    var handler = Object.prototype.hasOwnProperty.call(handlers, msg.method) ? handlers[msg.method] : null;
    if (!handler) { reply({ error: 'Unsupported AP call: ' + String(msg.method) }); return; }
    Promise.resolve()
      .then(function () { return handler.apply(null, [frame].concat(Array.isArray(msg.args) ? msg.args : [])); })
      .then(function (result) { reply({ result: result === undefined ? null : result }); }, function (e) { reply({ error: String((e && e.message) || e) }); });
  });

  // ---- buttons ----
  Array.prototype.forEach.call(document.querySelectorAll('button.app-button'), function (button) {
    button.addEventListener('click', function () {
      var target = button.getAttribute('data-target');
      if (target === 'inlinedialog') openInline(button);
      else {
        openDialog({ appKey: button.getAttribute('data-app-key'), moduleKey: button.getAttribute('data-module-key'), kind: 'webItem', contentId: config.contentId }, null, '', {})
          .catch(function (e) { createFlag({ title: 'Could not open the app', body: e.message, type: 'error' }); });
      }
    });
  });
  window.__emulatorHost = { frames: function () { return frames.length; } };
})();
