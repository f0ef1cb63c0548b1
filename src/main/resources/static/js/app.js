// Shared by every workspace page: CSRF for htmx, toasts for refused actions, the live connection.
(function () {
  'use strict';
  const meta = (name) => { const m = document.querySelector('meta[name="' + name + '"]'); return m ? m.content : null; };

  // The top bar's menus: one open at a time; Escape or a click elsewhere closes them (Escape gives the
  // focus back to the menu's button).
  document.addEventListener('click', (e) => {
    document.querySelectorAll('details.nav-menu[open]').forEach((menu) => {
      if (!menu.contains(e.target)) menu.open = false;
    });
  });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    document.querySelectorAll('details.nav-menu[open]').forEach((menu) => {
      menu.open = false;
      menu.querySelector('summary').focus();
    });
  });

  document.addEventListener('htmx:configRequest', (e) => {
    const token = meta('_csrf'), header = meta('_csrf_header');
    if (token && header) e.detail.headers[header] = token;
  });

  function toast(text, kind) {
    const el = document.getElementById('toast');
    if (!el) return;
    el.textContent = text;
    el.className = 'toast show ' + (kind || 'error');
    clearTimeout(el._t);
    el._t = setTimeout(() => { el.className = 'toast'; }, 5000);
  }

  document.addEventListener('htmx:responseError', (e) => {
    const xhr = e.detail.xhr;
    toast((xhr && xhr.responseText && xhr.responseText.length < 300) ? xhr.responseText : 'Error ' + (xhr ? xhr.status : ''));
  });
  document.addEventListener('htmx:sendError', () => toast(document.documentElement.lang === 'en' ? 'No connection' : (document.documentElement.lang === 'uz' ? "Aloqa yo'q" : 'Нет соединения')));

  // One STOMP connection per page; it reconnects by itself, and each (re)connect calls onConnect so
  // pages resubscribe and catch up on what they missed.
  function live(onConnect) {
    if (!window.StompJs) return null;
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const client = new StompJs.Client({
      brokerURL: proto + '//' + location.host + '/ws',
      reconnectDelay: 2000,
      heartbeatIncoming: 10000,
      heartbeatOutgoing: 10000,
    });
    const state = (s) => document.querySelectorAll('[data-testid="live-state"]').forEach((el) => { el.dataset.state = s; });
    client.onConnect = () => { state('online'); onConnect(client); };
    client.onWebSocketClose = () => state('offline');
    client.onStompError = () => state('offline');
    client.activate();
    return client;
  }

  window.Yordam = { toast, live, meta };
})();

// "/" jumps to the search box from anywhere but a text field, as in most desks.
document.addEventListener('keydown', (e) => {
  const search = document.getElementById('global-search');
  const typing = e.target && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
  if (search && e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    search.focus();
    search.select();
  }
});
