// The ticket view: the conversation live (messages, typing, read), presence of other viewers,
// reply with a client message id (a retried submit never sends twice), keyboard shortcuts.
(function () {
  'use strict';
  const body = document.body;
  const ticketId = body.dataset.ticketId;
  const conversationId = body.dataset.conversationId;
  const me = body.dataset.me;
  const messages = () => document.getElementById('messages');
  const viewers = new Map();
  let client = null;
  let catchingUp = false, again = false;

  function lastSeq() {
    let max = 0;
    document.querySelectorAll('#messages .msg[data-seq]').forEach((m) => { max = Math.max(max, Number(m.dataset.seq)); });
    return max;
  }

  function scrollDown() { const m = messages(); m.scrollTop = m.scrollHeight; }

  // Fetches what came after the last message shown; overlapping calls collapse into one more round.
  function catchUp() {
    if (catchingUp) { again = true; return; }
    catchingUp = true;
    fetch('/agent/tickets/' + ticketId + '/messages?after=' + lastSeq(), { headers: { 'HX-Request': 'true' } })
      .then((r) => r.ok ? r.text() : '')
      .then((html) => {
        if (html.trim()) {
          const tpl = document.createElement('template');
          tpl.innerHTML = html;
          const known = new Set(Array.from(document.querySelectorAll('#messages .msg')).map((m) => m.dataset.seq));
          tpl.content.querySelectorAll('.msg').forEach((m) => { if (!known.has(m.dataset.seq)) messages().appendChild(m); });
          const empty = messages().querySelector('.empty'); if (empty) empty.remove();
          scrollDown();
          markRead();
        }
      })
      .finally(() => { catchingUp = false; if (again) { again = false; catchUp(); } });
  }

  let readSent = 0;
  function markRead() {
    const seq = lastSeq();
    if (seq <= readSent || document.hidden) return;
    readSent = seq;
    fetch('/agent/tickets/' + ticketId + '/read?seq=' + seq, { method: 'POST', headers: csrf() });
  }

  function csrf() { const h = {}; const t = Yordam.meta('_csrf'), n = Yordam.meta('_csrf_header'); if (t && n) h[n] = t; return h; }

  let typingTimer = null;
  function showTyping(name) {
    const el = document.querySelector('[data-testid="customer-typing"]');
    el.textContent = body.dataset.typingLabel.replace('{0}', name);
    el.hidden = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => { el.hidden = true; }, 4000);
  }

  function renderViewers() {
    const now = Date.now();
    for (const [id, v] of viewers) if (now - v.at > 25000) viewers.delete(id);
    const names = Array.from(viewers.values()).map((v) => v.name);
    const el = document.querySelector('[data-testid="viewers"]');
    el.textContent = names.length ? body.dataset.viewingLabel + ' ' + names.join(', ') : '';
  }

  function presence() { if (client && client.connected) client.publish({ destination: '/app/tickets.' + ticketId + '.presence' }); }

  window.addEventListener('DOMContentLoaded', () => {
    scrollDown();
    markRead();
    client = Yordam.live((c) => {
      c.subscribe('/topic/conversations.' + conversationId, (frame) => {
        const event = JSON.parse(frame.body);
        if (event.type === 'message') catchUp();
        else if (event.type === 'typing' && event.side === 'participant') showTyping(event.name);
      });
      c.subscribe('/topic/tickets.' + ticketId, (frame) => {
        const event = JSON.parse(frame.body);
        if (event.type === 'presence') {
          if (event.operatorId !== me) {
            const isNew = !viewers.has(event.operatorId);
            viewers.set(event.operatorId, { name: event.name, at: Date.now() });
            renderViewers();
            // A newcomer learns at once who is already here, instead of at the next heartbeat.
            if (isNew) presence();
          }
        } else if (event.type === 'ticket') {
          document.body.dispatchEvent(new Event('ticket-changed'));
        }
      });
      presence();
      catchUp();
    });
    setInterval(() => { presence(); renderViewers(); }, 10000);
    document.addEventListener('visibilitychange', markRead);

    const form = document.getElementById('reply-form');
    const idField = form.querySelector('[name=clientMessageId]');
    const newId = () => { idField.value = (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random()); };
    newId();
    // htmx takes the form over on DOMContentLoaded (its listener came first): only then may it be sent.
    const ready = () => {
      const send = form.querySelector('[data-testid=reply-send]');
      if (send && send.dataset.open === 'true') send.disabled = false;
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready); else ready();
    const input = form.querySelector('textarea');
    let lastTyping = 0;
    input.addEventListener('input', () => {
      const now = Date.now();
      if (client && client.connected && now - lastTyping > 2000) {
        lastTyping = now;
        client.publish({ destination: '/app/conversations.' + conversationId + '.typing' });
      }
    });
    // What this submit sent: the box is emptied after it only if nothing new was typed meanwhile
    // (the reply often shows live before its own response is back).
    let sent = null;
    form.addEventListener('htmx:beforeRequest', () => { sent = input.value; });
    form.addEventListener('htmx:afterRequest', (e) => {
      if (e.detail.successful) {
        if (input.value === sent) input.value = '';
        newId(); catchUp();
      }
    });
    // An image from the reply box: the text, if any, is its caption.
    const image = form.querySelector('[name=image]');
    const imageState = form.querySelector('[data-testid=reply-image-state]');
    if (image) {
      image.addEventListener('change', () => {
        if (!image.files.length) return;
        const body = new FormData();
        body.append('image', image.files[0]);
        body.append('text', input.value);
        // Its own message, so an id of its own: the text reply's may still be on its way.
        body.append('clientMessageId', crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random());
        imageState.textContent = imageState.dataset.sending;
        fetch(form.dataset.imageUrl, { method: 'POST', headers: csrf(), body })
          .then((r) => r.ok ? r : r.json().then((p) => { throw new Error(p.detail || r.status); }))
          .then(() => { input.value = ''; imageState.textContent = ''; catchUp(); })
          .catch((err) => { imageState.textContent = imageState.dataset.failed + ' ' + err.message; })
          .finally(() => { image.value = ''; });
      });
    }
    document.querySelectorAll('textarea').forEach((t) => t.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); htmx.trigger(t.form, 'submit'); }
    }));
    document.querySelectorAll('.composer-tabs button').forEach((b) => b.addEventListener('click', () => {
      document.querySelectorAll('.composer-tabs button').forEach((x) => x.classList.toggle('active', x === b));
      document.querySelectorAll('.tab-pane').forEach((p) => { p.hidden = p.dataset.pane !== b.dataset.tab; });
    }));
    document.addEventListener('htmx:afterRequest', (e) => {
      if (e.detail.successful && e.target.id === 'note-form') e.target.reset();
    });
    const composerTab = (name) => document.querySelector('.composer-tabs button[data-tab="' + name + '"]');
    document.addEventListener('keydown', (e) => {
      if (e.target.matches('input, textarea, select') || e.defaultPrevented) return;
      // Esc first closes what is open (the shortcut sheet, a dropdown): only then leaves.
      if (document.querySelector('dialog[open]')) return;
      const dropdown = document.querySelector('.ticket-head details[open]');
      if (dropdown) { if (e.key === 'Escape') { dropdown.open = false; dropdown.querySelector('summary').focus(); } return; }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'r') { e.preventDefault(); composerTab('reply').click(); input.focus(); }
      else if (e.key === 'n') { e.preventDefault(); composerTab('note').click(); document.querySelector('[data-testid="note-input"]').focus(); }
      else if (e.key === 'Escape') { location.href = '/agent'; }
    });
  });
})();
