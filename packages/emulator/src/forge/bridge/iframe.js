/*
 * iframe.js — the Custom UI side of the emulator's Forge bridge, injected first into every resource's HTML.
 *
 * Defines `window.__bridge.callBridge(command, payload)`, which the real, unmodified `@forge/bridge`
 * calls for everything (`invoke`, `view.getContext`, `Modal`, `router`, `showFlag`, `events`, …). Calls
 * travel to the host page (the page view, `document.referrer`'s origin) by postMessage and come back as
 * results. Functions in a payload (`Modal` `onClose`, `events.on` callbacks) stay here: they are replaced
 * by callback ids that the host can call back.
 */
/* global window, document */
(function () {
  'use strict';
  var PROTOCOL = 'labelup-emulator-forge/1';
  var hostOrigin;
  try {
    hostOrigin = new URL(document.referrer).origin;
  } catch {
    hostOrigin = undefined;
  }
  var seq = 0;
  var pending = {};
  var callbacks = {};

  function strip(payload) {
    if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return payload;
    var out = {};
    Object.keys(payload).forEach(function (k) {
      var v = payload[k];
      if (typeof v === 'function') {
        var id = 'cb' + ++seq;
        callbacks[id] = v;
        out[k] = { __forgeCallback: id };
      } else {
        out[k] = v;
      }
    });
    return out;
  }

  function send(command, payload) {
    return new Promise(function (resolve, reject) {
      if (!hostOrigin || window.parent === window) {
        reject(new Error('Not framed by a Forge host'));
        return;
      }
      var id = 'c' + ++seq;
      pending[id] = { resolve: resolve, reject: reject };
      window.parent.postMessage({ protocol: PROTOCOL, kind: 'call', id: id, command: command, payload: strip(payload) }, hostOrigin);
    });
  }

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || event.origin !== hostOrigin) return;
    var m = event.data;
    if (!m || m.protocol !== PROTOCOL) return;
    if (m.kind === 'result' && pending[m.id]) {
      var p = pending[m.id];
      delete pending[m.id];
      if (m.ok) p.resolve(m.value);
      else p.reject(new Error(m.error || 'Bridge call failed'));
    } else if (m.kind === 'callback' && callbacks[m.callbackId]) {
      try {
        callbacks[m.callbackId](m.arg);
      } catch (e) {
        window.console.error(e);
      }
    }
  });

  function callBridge(command, payload) {
    if (command === 'on' || command === 'onPublic') {
      return send(command, payload).then(function (subscriptionId) {
        return { unsubscribe: function () { return send('off', { subscriptionId: subscriptionId }); } };
      });
    }
    return send(command, payload);
  }

  Object.defineProperty(window, '__bridge', { value: Object.freeze({ callBridge: callBridge }), writable: false, configurable: false });
})();
