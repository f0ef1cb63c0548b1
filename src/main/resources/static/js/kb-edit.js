// The knowledge base editor: one tab per language (ru, uz, en), arrows move between tabs; a tab
// with a title is marked. The preview beside each text is htmx's (the server renders it as readers see it).
(function () {
  'use strict';
  const tabs = Array.from(document.querySelectorAll('[data-kb-tab]'));
  if (!tabs.length) return;

  function open(lang, focus) {
    tabs.forEach((tab) => {
      const on = tab.dataset.kbTab === lang;
      tab.classList.toggle('active', on);
      tab.setAttribute('aria-selected', on ? 'true' : 'false');
      tab.tabIndex = on ? 0 : -1;
      if (on && focus) tab.focus();
    });
    document.querySelectorAll('[data-kb-pane]').forEach((pane) => { pane.hidden = pane.dataset.kbPane !== lang; });
  }

  tabs.forEach((tab, i) => {
    tab.tabIndex = tab.classList.contains('active') ? 0 : -1;
    tab.addEventListener('click', () => open(tab.dataset.kbTab, false));
    tab.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      e.preventDefault();
      const next = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
      open(next.dataset.kbTab, true);
    });
  });

  document.querySelectorAll('[data-kb-pane]').forEach((pane) => {
    const title = pane.querySelector('input[name$=".title"]');
    const tab = tabs.find((t) => t.dataset.kbTab === pane.dataset.kbPane);
    if (title && tab) title.addEventListener('input', () => { tab.dataset.filled = String(title.value.trim() !== ''); });
  });
})();
