// The ticket view's tools column: incident, articles, standard steps and notes as tabs (WAI-ARIA
// tabs: arrows, Home and End in the tab list; 1-4 from anywhere but a text field). Each pane
// shows that it is loading, that it failed (with a retry), or that it has nothing, and each tab
// counts what its pane holds.
(function () {
  'use strict';
  const tools = document.querySelector('[data-testid="side-tabs"]');
  if (!tools) return;
  const tabs = Array.from(tools.querySelectorAll('[role="tab"]'));
  const pane = (tab) => document.getElementById(tab.getAttribute('aria-controls'));

  function select(tab, focus) {
    tabs.forEach((t) => {
      const on = t === tab;
      t.setAttribute('aria-selected', on ? 'true' : 'false');
      t.tabIndex = on ? 0 : -1;
      pane(t).hidden = !on;
    });
    if (focus) tab.focus();
  }

  function state(el, kind, text) {
    let note = el.querySelector(':scope > .pane-state');
    if (!note) { note = document.createElement('div'); el.appendChild(note); }
    note.className = 'pane-state ' + kind;
    note.setAttribute('data-testid', 'pane-' + kind);
    note.textContent = text;
    return note;
  }

  // What each pane holds, on its tab; and a pane left with nothing says so.
  function count() {
    tabs.forEach((t) => {
      const p = pane(t);
      const n = p.querySelectorAll(t.dataset.count).length;
      t.querySelector('.count').textContent = n ? String(n) : '';
      const panel = p.firstElementChild;
      if (panel && !panel.classList.contains('htmx-request') && panel.dataset.loaded === 'yes' && !panel.textContent.trim()) {
        state(panel, 'empty', tools.dataset.empty);
      }
    });
  }

  // The placeholders say "loading" until their fragment replaces them.
  tools.querySelectorAll('.tool-pane > [hx-get]').forEach((panel) => {
    if (!panel.textContent.trim()) state(panel, 'loading', tools.dataset.loading);
  });

  document.addEventListener('htmx:afterSettle', (e) => {
    const p = e.target.closest && e.target.closest('.tool-pane');
    if (p && p.firstElementChild) p.firstElementChild.dataset.loaded = 'yes';
    count();
  });
  document.addEventListener('htmx:responseError', (e) => {
    const el = e.detail.elt;
    if (!el || !el.closest('.tool-pane') || !el.matches('.tool-pane > [hx-get]')) return;
    const note = state(el, 'failed', tools.dataset.failed + ' ');
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'btn small';
    retry.textContent = tools.dataset.retry;
    retry.addEventListener('click', () => {
      state(el, 'loading', tools.dataset.loading);
      htmx.ajax('GET', el.getAttribute('hx-get'), { source: el, target: el, swap: el.getAttribute('hx-swap') || 'innerHTML' });
    });
    note.appendChild(retry);
  });
  // Resolving refused while an incident still needs its fault: show the incident.
  document.addEventListener('htmx:responseError', (e) => {
    if (e.detail.elt && e.detail.elt.matches('[data-testid="resolve"]') && document.querySelector('[data-testid="fault-form"]')) {
      select(tabs.find((t) => t.dataset.tab === 'incident'), false);
    }
  });

  tabs.forEach((t, i) => {
    t.addEventListener('click', () => select(t, false));
    t.addEventListener('keydown', (e) => {
      let next = null;
      if (e.key === 'ArrowRight') next = tabs[(i + 1) % tabs.length];
      else if (e.key === 'ArrowLeft') next = tabs[(i - 1 + tabs.length) % tabs.length];
      else if (e.key === 'Home') next = tabs[0];
      else if (e.key === 'End') next = tabs[tabs.length - 1];
      if (next) { e.preventDefault(); select(next, true); }
    });
  });
  document.addEventListener('keydown', (e) => {
    const typing = e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
    if (typing || e.ctrlKey || e.metaKey || e.altKey || document.querySelector('dialog[open]')) return;
    const tab = tabs.find((t) => t.dataset.key === e.key);
    if (tab) { e.preventDefault(); select(tab, true); }
  });

  select(tabs.find((t) => t.dataset.tab === tools.dataset.defaultTab) || tabs[0], false);
  count();
  // The tabs answer clicks from here on (the script is deferred: a click before it is lost).
  tools.dataset.ready = 'yes';
})();
