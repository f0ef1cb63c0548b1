// Macros in the reply box: ";" or "/" at the start of a word opens the picker, typing filters it
// (title and body, in the agent's language), arrows move, Enter inserts the text the server filled
// for this ticket, Esc closes. Alt+G inserts the standard greeting, Alt+C the closing. Once the
// reply is sent, each macro still in it is recorded (once per reply: the reply's client message id).
(function () {
  'use strict';
  const box = document.querySelector('[data-testid="macro-composer"]');
  if (!box) return;
  const ticketId = box.dataset.ticketId;
  const picker = box.querySelector('[data-testid="macro-picker"]');
  const form = document.getElementById('reply-form');
  const input = form && form.querySelector('textarea[name=text]');
  if (!input) return;
  const base = '/agent/tickets/' + ticketId + '/macros';
  let choices = [], active = 0, trigger = null, timer = null, seq = 0;
  let inserted = [];   // { macroId, text } put into the reply since it was last sent
  let sending = null;  // { key, text } of the reply being sent

  function csrf() { const h = {}; const t = Yordam.meta('_csrf'), n = Yordam.meta('_csrf_header'); if (t && n) h[n] = t; return h; }
  function toast(text, kind) { if (window.Yordam) Yordam.toast(text, kind); }

  // The word being typed when it starts with ";" or "/": its start and what follows the sign.
  function currentTrigger() {
    const caret = input.selectionStart;
    if (caret !== input.selectionEnd) return null;
    const before = input.value.slice(0, caret);
    const m = /(^|\s)([;/])([^\s;/]{0,40})$/.exec(before);
    return m ? { start: caret - m[2].length - m[3].length, end: caret, query: m[3] } : null;
  }

  function close() { picker.hidden = true; picker.innerHTML = ''; choices = []; trigger = null; }

  function render() {
    picker.innerHTML = '';
    if (!choices.length) {
      const empty = document.createElement('div');
      empty.className = 'empty';
      empty.textContent = box.dataset.labelEmpty;
      picker.appendChild(empty);
    }
    choices.forEach((c, i) => {
      const row = document.createElement('div');
      row.className = 'macro-choice' + (i === active ? ' active' : '');
      row.setAttribute('role', 'option');
      row.setAttribute('data-testid', 'macro-choice');
      row.setAttribute('aria-selected', i === active ? 'true' : 'false');
      const title = document.createElement('b');
      title.textContent = c.title;
      const tag = document.createElement('span');
      tag.className = 'chip';
      tag.textContent = c.step || (c.shared ? box.dataset.labelShared : box.dataset.labelPersonal);
      title.appendChild(tag);
      const snippet = document.createElement('small');
      snippet.textContent = c.snippet;
      row.append(title, snippet);
      row.addEventListener('mousedown', (e) => { e.preventDefault(); active = i; choose(); });
      picker.appendChild(row);
    });
    picker.hidden = false;
    const current = picker.querySelector('.macro-choice.active');
    if (current) current.scrollIntoView({ block: 'nearest' });
  }

  function search() {
    const mine = ++seq;
    fetch(base + '?q=' + encodeURIComponent(trigger.query), { headers: { 'HX-Request': 'true' } })
      .then((r) => r.ok ? r.json() : [])
      .then((list) => { if (mine === seq && trigger) { choices = list; active = 0; render(); } });
  }

  // Puts the filled text where the trigger word (or the caret) was, and points at what is left to fill.
  function put(filled, range) {
    const start = range ? range.start : input.selectionStart;
    const end = range ? range.end : input.selectionEnd;
    input.value = input.value.slice(0, start) + filled.text + input.value.slice(end);
    inserted.push({ macroId: filled.macroId, text: filled.text });
    input.focus();
    const gap = filled.missing.length ? input.value.indexOf('{' + filled.missing[0] + '}', start) : -1;
    if (gap >= 0) input.setSelectionRange(gap, gap + filled.missing[0].length + 2);
    else input.setSelectionRange(start + filled.text.length, start + filled.text.length);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    if (filled.note) toast(filled.note, 'warn');
  }

  function fetchText(url, range) {
    return fetch(url, { headers: { 'HX-Request': 'true' } })
      .then((r) => r.ok ? r.json() : r.text().then((t) => { throw new Error(t); }))
      .then((filled) => put(filled, range))
      .catch((e) => toast(e.message || 'Error'));
  }

  function choose() {
    const c = choices[active];
    const range = trigger;
    close();
    if (c && range) fetchText(base + '/' + c.id + '/preview', range);
  }

  function standard(step) {
    fetch(base + '/standard/' + step, { headers: { 'HX-Request': 'true' } })
      .then((r) => {
        if (r.status === 404) throw new Error(box.dataset.labelNoStandard);
        return r.ok ? r.json() : r.text().then((t) => { throw new Error(t); });
      })
      .then((filled) => put(filled, null))
      .catch((e) => toast(e.message || 'Error'));
  }

  input.addEventListener('input', () => {
    const t = currentTrigger();
    if (!t) { if (trigger) close(); return; }
    trigger = t;
    clearTimeout(timer);
    timer = setTimeout(search, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (picker.hidden) return;
    if (e.key === 'ArrowDown') { e.preventDefault(); active = Math.min(active + 1, choices.length - 1); render(); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); active = Math.max(active - 1, 0); render(); }
    else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      e.preventDefault(); e.stopImmediatePropagation();
      if (choices.length) choose(); else close();
    }
    else if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); close(); }
  });
  input.addEventListener('blur', () => setTimeout(() => { if (document.activeElement !== input) close(); }, 150));

  // Alt+G greeting, Alt+C closing: by the key's place (e.code), so any layout and macOS's Option work.
  document.addEventListener('keydown', (e) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || input.disabled) return;
    if (e.code === 'KeyG') { e.preventDefault(); standard('greeting'); }
    else if (e.code === 'KeyC') { e.preventDefault(); standard('closing'); }
  });

  form.addEventListener('htmx:beforeRequest', () => {
    sending = { key: form.querySelector('[name=clientMessageId]').value, text: input.value };
  });
  form.addEventListener('htmx:afterRequest', (e) => {
    if (!e.detail.successful || !sending) return;
    const sent = sending;
    // A macro counts when its text (its first words at least) went out in the reply.
    const used = inserted.filter((m) => sent.text.includes(m.text.slice(0, 24)));
    inserted = [];
    sending = null;
    const seen = new Set();
    used.filter((m) => !seen.has(m.macroId) && seen.add(m.macroId)).forEach((m) => {
      fetch(base + '/' + m.macroId + '/uses?useKey=' + encodeURIComponent(sent.key), { method: 'POST', headers: csrf() })
        .then((r) => r.ok ? r.json() : null)
        .then((use) => {
          document.body.dispatchEvent(new Event('macro-used'));
          if (use && use.refused && use.refused.length) toast(box.dataset.labelRefused + ' ' + use.refused.join('; '));
        });
    });
  });
})();
