// What needs the operator, on every workspace page: the unread count on the bell and in the tab's
// title, the latest in a panel, a short tone (WebAudio, no file) and a desktop notification (the
// Notifications API) when one arrives live on the operator's own topic. Desktop notifications are
// offered with a button, never asked for on load. Opening a ticket reads its notifications; the
// approvals page reads the approvals'. Texts come from the page (data-*, in the operator's language).
(function () {
  'use strict';
  const box = document.querySelector('[data-testid="notifications"]');
  if (!box || !window.Yordam) return;
  const API = '/api/v1/agent/me/notifications';
  const bell = box.querySelector('[data-testid="notifications-bell"]');
  const badge = box.querySelector('[data-testid="notifications-badge"]');
  const panel = box.querySelector('[data-testid="notifications-panel"]');
  const list = box.querySelector('[data-testid="notifications-list"]');
  const empty = box.querySelector('[data-testid="notifications-empty"]');
  const banner = document.querySelector('[data-notify-banner]');
  const lang = document.documentElement.lang || 'ru';
  const baseTitle = document.title;
  const label = (name) => box.getAttribute('data-' + name) || '';
  const openTicket = (location.pathname.match(/^\/agent\/tickets\/([0-9a-f-]{36})(\/|$)/) || [])[1] || null;
  const onApprovals = document.body.dataset.page === 'approvals';
  let state = { unread: 0, unreadByKind: {}, items: [], settings: { sound: true, desktop: true, kinds: [] } };
  let unseenHere = false;

  function headers() {
    const h = { 'Accept': 'application/json', 'Content-Type': 'application/json' };
    const token = Yordam.meta('_csrf'), name = Yordam.meta('_csrf_header');
    if (token && name) h[name] = token;
    return h;
  }

  function load() {
    return fetch(API + '?limit=20', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then((r) => (r.ok ? r.json() : null))
      .then((s) => { if (s) { state = s; counts(s); render(); offer(); } })
      .catch(() => {});
  }

  // keepalive: a click that also navigates away still gets its "read" to the server.
  function markRead(what) {
    return fetch(API + '/read', { method: 'POST', credentials: 'same-origin', keepalive: true, headers: headers(),
      body: JSON.stringify(what) })
      .then((r) => (r.ok ? r.json() : null))
      .then((s) => { if (s) counts(s); })
      .catch(() => {});
  }

  function counts(s) {
    state.unread = s.unread;
    state.unreadByKind = s.unreadByKind || {};
    badge.textContent = s.unread > 99 ? '99+' : String(s.unread);
    badge.hidden = s.unread === 0;
    box.dataset.unread = String(s.unread);
    document.title = s.unread > 0 ? '(' + s.unread + ') ' + baseTitle : baseTitle;
    const approvals = document.querySelector('[data-testid="nav-approvals"]');
    if (approvals) {
      let mark = approvals.querySelector('.nav-badge');
      const n = state.unreadByKind.APPROVAL || 0;
      if (!mark) {
        mark = document.createElement('span');
        mark.className = 'nav-badge';
        mark.dataset.testid = 'nav-approvals-badge';
        approvals.append(mark);
      }
      mark.textContent = String(n);
      mark.hidden = n === 0;
    }
  }

  function fill(template, item) {
    return template.replace('{number}', item.ticketNumber != null ? item.ticketNumber : '—')
      .replace('{customer}', item.customerName || label('customer'))
      .replace('{order}', item.orderNumber || '');
  }

  function title(item) { return fill(label('title-' + item.kind), item); }

  function body(item) {
    const parts = [];
    if (item.kind !== 'CUSTOMER_REPLY' && item.customerName) parts.push(item.customerName);
    if (item.orderNumber) parts.push(fill(label('order'), item));
    if (item.detail) parts.push(item.kind === 'APPROVAL' ? (label('type-' + item.detail) || item.detail) : item.detail);
    return parts.join(' · ');
  }

  function when(iso) {
    const at = new Date(iso);
    const sameDay = at.toDateString() === new Date().toDateString();
    return sameDay ? at.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' })
      : at.toLocaleString(lang, { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' });
  }

  function render() {
    list.replaceChildren(...state.items.map((item) => {
      const li = document.createElement('li');
      li.className = 'notify-item' + (item.read ? '' : ' unread');
      li.dataset.testid = 'notification';
      li.dataset.kind = item.kind;
      li.dataset.read = String(item.read);
      const link = document.createElement('a');
      link.href = item.url;
      const head = document.createElement('b');
      head.textContent = title(item);
      const text = document.createElement('span');
      text.textContent = body(item);
      const time = document.createElement('time');
      time.dateTime = item.createdAt;
      time.textContent = when(item.createdAt);
      link.append(head, text, time);
      link.addEventListener('click', () => { if (!item.read) markRead({ id: item.id }); });
      li.append(link);
      return li;
    }));
    empty.hidden = state.items.length > 0;
  }

  // Several tabs hear the same frame: one of them plays the tone (the desktop notification's tag
  // makes the browser show it once).
  function firstToClaim(id) {
    try {
      if (localStorage.getItem('yordam-notified') === id) return false;
      localStorage.setItem('yordam-notified', id);
    } catch (e) { /* private mode: every tab may sound */ }
    return true;
  }

  let audio = null;
  function unlockAudio() {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) return;
    if (!audio) audio = new Context();
    if (audio.state === 'suspended') audio.resume();
  }
  // Browsers let a page make sound only after the person used it.
  ['pointerdown', 'keydown'].forEach((type) => document.addEventListener(type, unlockAudio, { passive: true }));

  function tone() {
    if (!audio || audio.state !== 'running') return;
    const t = audio.currentTime;
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.type = 'sine';
    osc.frequency.setValueAtTime(880, t);
    osc.frequency.setValueAtTime(660, t + 0.12);
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.2, t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.3);
    osc.connect(gain).connect(audio.destination);
    osc.start(t);
    osc.stop(t + 0.32);
    box.dataset.tones = String(Number(box.dataset.tones || 0) + 1);
  }

  function desktop(item) {
    if (!state.settings.desktop || !('Notification' in window) || Notification.permission !== 'granted') return;
    try {
      const shown = new Notification(title(item), { body: body(item), tag: 'yordam-' + item.id, lang: lang });
      shown.onclick = () => {
        window.focus();
        if (!item.read) markRead({ id: item.id });
        shown.close();
        location.assign(item.url);
      };
    } catch (e) { /* a browser that notifies only from a service worker: the count and the tone remain */ }
  }

  function arrived(frame) {
    counts(frame);
    if (frame.type !== 'notification') return;
    const item = frame.item;
    state.items = [item].concat(state.items.filter((i) => i.id !== item.id)).slice(0, 20);
    render();
    if (item.ticketId && item.ticketId === openTicket) {
      // Already in front of the agent: read now, or when they come back to this tab.
      if (document.visibilityState === 'visible') { markRead({ ticketId: openTicket }); return; }
      unseenHere = true;
    }
    if (firstToClaim(item.id)) {
      if (state.settings.sound) tone();
      desktop(item);
    }
  }

  // The offer: in the panel, in a banner the operator may put off, and on the settings page.
  function offer() {
    const supported = 'Notification' in window;
    const permission = supported ? Notification.permission : 'unsupported';
    const wanted = supported && state.settings.desktop && permission === 'default';
    box.querySelectorAll('[data-notify-ask]').forEach((el) => { el.hidden = !wanted; });
    let later = false;
    try { later = localStorage.getItem('yordam-notify-later') === '1'; } catch (e) { /* shown */ }
    banner.hidden = !wanted || later;
    document.querySelectorAll('[data-notify-permission]').forEach((el) => { el.hidden = el.dataset.notifyPermission !== permission; });
  }

  document.addEventListener('click', (e) => {
    if (e.target.closest('[data-notify-enable]') && 'Notification' in window) {
      Notification.requestPermission().then(offer);
    }
    else if (e.target.closest('[data-notify-later]')) {
      try { localStorage.setItem('yordam-notify-later', '1'); } catch (err) { /* hidden until reload */ }
      banner.hidden = true;
    }
    else if (e.target.closest('[data-notify-test-sound]')) {
      unlockAudio();
      setTimeout(tone, 50);
    }
    else if (!panel.hidden && !box.contains(e.target)) {
      toggle(false);
    }
  });

  function toggle(open) {
    panel.hidden = !open;
    bell.setAttribute('aria-expanded', String(open));
    if (open) load();
  }
  bell.addEventListener('click', () => toggle(panel.hidden));
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !panel.hidden) { toggle(false); bell.focus(); } });
  box.querySelector('[data-testid="notifications-read-all"]').addEventListener('click', () => markRead({ all: true }).then(load));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && unseenHere) {
      unseenHere = false;
      markRead({ ticketId: openTicket });
    }
  });

  const first = openTicket ? markRead({ ticketId: openTicket }) : (onApprovals ? markRead({ kind: 'APPROVAL' }) : Promise.resolve());
  first.finally(() => {
    load();
    // Every (re)connect reads the state again: a frame missed while away is not lost.
    Yordam.live((client) => {
      client.subscribe('/topic/notifications.' + box.dataset.operator, (f) => arrived(JSON.parse(f.body)));
      box.dataset.live = 'on';
      load();
    });
  });
})();
