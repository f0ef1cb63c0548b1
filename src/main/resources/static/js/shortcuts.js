// "?" opens the keyboard sheet from anywhere but a text field; Esc (or its button, or a click
// outside) closes it and gives the focus back to where it was.
(function () {
  'use strict';
  const sheet = document.getElementById('shortcuts');
  const opener = document.querySelector('[data-testid="shortcuts-open"]');
  if (!sheet || !sheet.showModal) return;
  let before = null;

  function open() {
    if (sheet.open) return;
    before = document.activeElement;
    sheet.showModal();
    sheet.querySelector('[data-testid="shortcuts-close"]').focus();
  }
  function close() { if (sheet.open) sheet.close(); }

  sheet.addEventListener('close', () => { if (before && before.focus) before.focus(); });
  // Esc closes the sheet and nothing else: the ticket view's "Esc: back to the queue" waits.
  sheet.addEventListener('keydown', (e) => { if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); close(); } });
  sheet.addEventListener('click', (e) => { if (e.target === sheet) close(); });
  sheet.querySelector('[data-testid="shortcuts-close"]').addEventListener('click', close);
  if (opener) opener.addEventListener('click', open);

  document.addEventListener('keydown', (e) => {
    const typing = e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '?' || (e.shiftKey && e.code === 'Slash')) { e.preventDefault(); open(); }
  });
})();
