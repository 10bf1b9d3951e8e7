/*
 * all.js of the Confluence emulator — the iframe side of the Atlassian Connect JavaScript API.
 *
 * An app page loads it with <script src="${xdm_e}${cp}/atlassian-connect/all.js"> (real Confluence
 * serves https://connect-cdn.atl-paas.net/all.js). It defines window.AP with the calls an app like
 * Label UP! uses, each sent to the host page (the emulator's page view) over window.postMessage and
 * answered by host.js. Every call returns a Promise; the getters also accept a callback
 * (`AP.context.getToken(cb)`), as the real API does.
 *
 *   AP.context.getToken()           -> Promise<string>   fresh context JWT (qsh "context-qsh")
 *   AP.context.getContext()         -> Promise<object>   {confluence:{content,space}, license}
 *   AP.user.getLocale()             -> Promise<string>   the user's locale as a BCP 47 tag, e.g. "de-DE"
 *   AP.dialog.create({key, size, width, height, chrome, customData}) -> {on(event, cb)}
 *   AP.dialog.close(data)           closes the dialog this iframe is in; opener gets 'close' with data
 *   AP.dialog.getCustomData(cb)     the customData passed to create
 *   AP.inlineDialog.hide()          hides the inline dialog this iframe is in
 *   AP.navigator.reload()           reloads the host page
 *   AP.resize(width, height)        resizes this iframe and stops auto-resizing (no arguments: fit the content)
 *   AP.sizeToParent()               makes this iframe fill its container
 *   AP.flag.create({title, body, type, close}) -> {close()}
 *   AP.events.on(name, cb)          host events, e.g. 'dialog.close'
 *
 * Messages only go to, and are only accepted from, the host origin (the `xdm_e` query parameter, or
 * the origin this script was loaded from) and the parent window.
 */
/* global window, document, ResizeObserver */
(function () {
  'use strict';
  if (window.AP && window.AP.__emulator) return;
  var PROTOCOL = 'labelup-emulator-ap/1';
  var params = new URLSearchParams(window.location.search);
  var script = document.currentScript;
  var hostOrigin = params.get('xdm_e') || (script && script.src ? new URL(script.src).origin : '');
  var pending = {};
  var listeners = {};
  var dialogListeners = {};
  var seq = 0;
  var autoResize = true;

  function send(method, args) {
    return new Promise(function (resolve, reject) {
      if (window.parent === window || !hostOrigin) {
        reject(new Error('AP: not running inside a Confluence iframe'));
        return;
      }
      seq += 1;
      var id = String(seq) + '.' + Math.random().toString(36).slice(2);
      pending[id] = { resolve: resolve, reject: reject };
      window.parent.postMessage({ protocol: PROTOCOL, kind: 'request', id: id, method: method, args: args || [] }, hostOrigin);
    });
  }

  function withCallback(promise, callback) {
    // Callbacks get successes only; failures reject the returned promise.
    if (typeof callback === 'function') promise.then(callback, function () {});
    return promise;
  }

  function emit(name, data) {
    (listeners[name] || []).slice().forEach(function (cb) { cb(data); });
  }

  window.addEventListener('message', function (event) {
    var msg = event.data;
    if (event.source !== window.parent || event.origin !== hostOrigin) return;
    if (!msg || msg.protocol !== PROTOCOL) return;
    if (msg.kind === 'response' && pending[msg.id]) {
      var p = pending[msg.id];
      delete pending[msg.id];
      if (msg.error) p.reject(new Error(msg.error));
      else p.resolve(msg.result);
    } else if (msg.kind === 'event') {
      if (msg.name === 'dialog.close' && msg.dialogId && dialogListeners[msg.dialogId]) {
        (dialogListeners[msg.dialogId].close || []).forEach(function (cb) { cb(msg.data); });
        delete dialogListeners[msg.dialogId];
      }
      emit(msg.name, msg.data);
    }
  });

  function contentSize() {
    var de = document.documentElement;
    var body = document.body;
    return {
      width: '100%',
      height: Math.max(body ? body.scrollHeight : 0, body ? body.offsetHeight : 0, de.offsetHeight) + 'px',
    };
  }

  var AP = {
    __emulator: true,
    context: {
      getToken: function (callback) { return withCallback(send('context.getToken'), callback); },
      getContext: function (callback) { return withCallback(send('context.getContext'), callback); },
    },
    user: {
      getLocale: function (callback) { return withCallback(send('user.getLocale'), callback); },
    },
    dialog: {
      create: function (options) {
        var dialogId = 'dlg-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2);
        dialogListeners[dialogId] = {};
        var created = send('dialog.create', [options || {}, dialogId]);
        var handle = {
          on: function (event, cb) {
            (dialogListeners[dialogId] = dialogListeners[dialogId] || {})[event] = (dialogListeners[dialogId][event] || []).concat([cb]);
            return handle;
          },
          then: function (a, b) { return created.then(a, b); },
        };
        return handle;
      },
      close: function (data) { return send('dialog.close', [data === undefined ? null : data]); },
      getCustomData: function (callback) { return withCallback(send('dialog.getCustomData'), callback); },
    },
    inlineDialog: {
      hide: function () { return send('inlineDialog.hide'); },
    },
    navigator: {
      reload: function () { return send('navigator.reload'); },
    },
    resize: function (width, height) {
      var auto = width === undefined && height === undefined;
      // An explicit size wins: stop following the content, as after sizeToParent().
      if (!auto) autoResize = false;
      if (auto) {
        var size = contentSize();
        width = size.width;
        height = size.height;
      }
      return send('resize', [String(width), String(height), auto]);
    },
    sizeToParent: function () {
      autoResize = false;
      return send('sizeToParent');
    },
    flag: {
      create: function (options) {
        var id = send('flag.create', [options || {}]);
        return { close: function () { return id.then(function (flagId) { return send('flag.close', [flagId]); }); } };
      },
    },
    events: {
      on: function (name, cb) { listeners[name] = (listeners[name] || []).concat([cb]); },
      off: function (name, cb) { listeners[name] = (listeners[name] || []).filter(function (x) { return x !== cb; }); },
    },
  };
  window.AP = AP;

  // Like Connect's default `resize: true`: keep the iframe as tall as its content until sizeToParent().
  function fit() {
    if (autoResize && window.parent !== window) AP.resize().catch(function () {});
  }
  if (typeof ResizeObserver === 'function') {
    var start = function () { new ResizeObserver(fit).observe(document.body); };
    if (document.body) start();
    else document.addEventListener('DOMContentLoaded', start);
  }
})();
