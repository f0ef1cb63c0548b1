// The agent's own availability in the header: shows status and load ("2/3"), switches the
// status, and tells the server the agent is active. Activity is honest: a heartbeat goes
// out at most once a minute, and only when the agent used the page (a key, a click, a
// scroll) since the last one; without it the server marks the agent away.
(function () {
  'use strict';
  var box = document.querySelector('[data-testid="availability"]');
  if (!box) { return; }
  var select = box.querySelector('#agent-status');
  var load = box.querySelector('.agent-load');
  var meta = function (name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  };
  var send = function (method, path, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var header = meta('_csrf_header');
    if (header) { headers[header] = meta('_csrf'); }
    return fetch(path, { method: method, headers: headers, credentials: 'same-origin',
      body: body ? JSON.stringify(body) : undefined });
  };
  // Answers may arrive out of order (a periodic read sent just before the agent switched):
  // only an answer to a request newer than the last one shown is shown.
  var asked = 0;
  var shown = 0;
  var latest = function (promise) {
    var mine = ++asked;
    return promise.then(function (r) { return r.ok ? r.json() : null; })
      .then(function (view) {
        if (mine > shown) {
          show(view);
          shown = mine;
        }
      }).catch(function () {});
  };
  var show = function (view) {
    if (!view || !view.status) { return; }
    select.value = view.status;
    box.setAttribute('data-status', view.status);
    load.textContent = view.openChats + '/' + view.capacity;
  };
  var refresh = function () {
    latest(fetch('/api/v1/agent/me/availability', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } }));
  };
  select.addEventListener('change', function () {
    latest(send('PUT', '/api/v1/agent/me/status', { status: select.value }));
  });
  var used = true;
  ['keydown', 'click', 'scroll', 'mousemove'].forEach(function (type) {
    document.addEventListener(type, function () { used = true; }, { passive: true });
  });
  setInterval(function () {
    if (used && document.visibilityState === 'visible') {
      used = false;
      latest(send('POST', '/api/v1/agent/me/heartbeat'));
    }
    else {
      refresh();
    }
  }, 60000);
  // The load changes when tickets are routed, claimed or solved: read it again every 15 s.
  setInterval(refresh, 15000);
  refresh();
})();
