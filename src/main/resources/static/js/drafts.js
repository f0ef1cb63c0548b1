// The reply's draft, kept on the server per operator and ticket (/agent/tickets/{id}/draft):
// restored on load, saved a moment after typing stops (and when the page is left), and cleared
// once the reply is sent. Saves go out one after another, so an older text never lands after a
// newer one, nor after the clearing.
(function () {
  'use strict';
  const ticketId = document.body.dataset.ticketId;
  const form = document.getElementById('reply-form');
  const input = form && form.querySelector('textarea[name=text]');
  const status = document.querySelector('[data-testid="draft-state"]');
  if (!ticketId || !input || input.disabled) return;
  const url = '/agent/tickets/' + ticketId + '/draft';
  const DELAY = 700;
  let saved = '';      // the text the server holds
  let timer = null;
  let chain = Promise.resolve();

  function headers(json) {
    const h = { Accept: 'application/json' };
    if (json) h['Content-Type'] = 'application/json';
    const token = Yordam.meta('_csrf'), name = Yordam.meta('_csrf_header');
    if (token && name) h[name] = token;
    return h;
  }

  function show(kind, at) {
    if (!status) return;
    status.classList.toggle('failed', kind === 'failed');
    status.dataset.state = kind;
    const time = at ? new Date(at).toLocaleTimeString(document.documentElement.lang || undefined, { hour: '2-digit', minute: '2-digit' }) : '';
    status.textContent = kind ? status.dataset[kind].replace('{0}', time) : '';
  }

  // Puts the text on the server (or deletes the draft when it is empty), after what is queued.
  function push(text) {
    chain = chain.then(() => {
      if (text === saved) return;
      const empty = !text.trim();
      return fetch(url, empty ? { method: 'DELETE', headers: headers(false) }
        : { method: 'PUT', headers: headers(true), body: JSON.stringify({ text }) })
        .then((r) => {
          if (!r.ok) throw new Error(String(r.status));
          saved = text;
          return r.status === 200 ? r.json() : null;
        })
        .then((draft) => show(draft ? 'saved' : '', draft && draft.savedAt))
        .catch(() => show('failed'));
    });
    return chain;
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(() => { timer = null; push(input.value); }, DELAY);
  }

  input.addEventListener('input', later);
  // Text put in by a button (an article, a macro) fires no input event: a slow look catches it.
  setInterval(() => { if (!timer && input.value !== saved) later(); }, 2000);
  const flushOnLeave = () => {
    if (input.value === saved) return;
    clearTimeout(timer);
    const text = input.value;
    fetch(url, text.trim() ? { method: 'PUT', headers: headers(true), body: JSON.stringify({ text }), keepalive: true }
      : { method: 'DELETE', headers: headers(false), keepalive: true });
  };
  window.addEventListener('pagehide', flushOnLeave);

  form.addEventListener('htmx:beforeRequest', () => { clearTimeout(timer); timer = null; });
  form.addEventListener('htmx:afterRequest', (e) => {
    if (!e.detail.successful) return;
    // Sent: the server cleared the draft with the reply; whatever was queued before must not
    // bring it back, so the clearing goes last.
    clearTimeout(timer); timer = null;
    saved = null;
    push('').then(() => { if (saved === '') show(''); if (input.value) later(); });
  });

  fetch(url, { headers: headers(false) })
    .then((r) => (r.status === 200 ? r.json() : null))
    .then((draft) => {
      if (!draft) return;
      if (!input.value) {
        input.value = draft.text;
        saved = draft.text;
        show('restored', draft.savedAt);
      }
    })
    .catch(() => {});
})();
