// The queue: reloads its rows when any ticket changes; j/k move, Enter opens.
(function () {
  'use strict';
  let pending = null;
  function refresh() {
    // Bursts of changes (a demo stream, a bulk action) become one reload.
    if (pending) return;
    pending = setTimeout(() => { pending = null; document.body.dispatchEvent(new Event('queue-changed')); }, 300);
  }
  window.addEventListener('DOMContentLoaded', () => {
    Yordam.live((client) => {
      client.subscribe('/topic/queue', refresh);
      refresh();
    });
    document.addEventListener('click', (e) => {
      const row = e.target.closest('tr.ticket-row');
      if (row && !e.target.closest('a')) location.href = row.dataset.href;
    });
    document.addEventListener('keydown', (e) => {
      if (e.target.matches('input, textarea, select')) return;
      const rows = Array.from(document.querySelectorAll('tr.ticket-row'));
      if (!rows.length) return;
      const i = rows.indexOf(document.activeElement);
      if (e.key === 'j') { rows[Math.min(i + 1, rows.length - 1)].focus(); e.preventDefault(); }
      else if (e.key === 'k') { rows[Math.max(i - 1, 0)].focus(); e.preventDefault(); }
      else if (e.key === 'Enter' && i >= 0) { location.href = rows[i].dataset.href; }
    });
  });
})();
