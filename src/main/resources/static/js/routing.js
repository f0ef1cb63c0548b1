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
  var show = function (view) {
    if (!view || !view.status) { return; }
    select.value = view.status;
    box.setAttribute('data-status', view.status);
    load.textContent = view.openChats + '/' + view.capacity;
  };
  var refresh = function () {
    fetch('/api/v1/agent/me/availability', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; }).then(show).catch(function () {});
  };
  select.addEventListener('change', function () {
    send('PUT', '/api/v1/agent/me/status', { status: select.value })
      .then(function (r) { return r.ok ? r.json() : null; }).then(show).catch(function () {});
  });
  var used = true;
  ['keydown', 'click', 'scroll', 'mousemove'].forEach(function (type) {
    document.addEventListener(type, function () { used = true; }, { passive: true });
  });
  setInterval(function () {
    if (used && document.visibilityState === 'visible') {
      used = false;
      send('POST', '/api/v1/agent/me/heartbeat').then(function (r) { return r.ok ? r.json() : null; })
        .then(show).catch(function () {});
    }
    else {
      refresh();
    }
  }, 60000);
  // The load changes when tickets are routed, claimed or solved: read it again every 15 s.
  setInterval(refresh, 15000);
  refresh();
})();
