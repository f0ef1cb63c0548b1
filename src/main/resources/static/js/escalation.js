// Live escalation notices in every workspace page: supervisors hear every escalation,
// second-line agents those to the second line. Labels come from the page (data-* in the operator's language).
(function () {
  'use strict';
  const box = document.querySelector('[data-testid="escalation-alerts"]');
  if (!box || !window.Yordam) return;
  // Supervisors hear every escalation, second-line agents those to the second line, others none.
  const topic = box.dataset.topic;
  if (!topic) return;
  const label = (kind, code) => box.getAttribute('data-' + kind + '-' + code) || code;

  function show(event) {
    const note = document.createElement('a');
    note.className = 'escalation-alert esc-' + event.level;
    note.dataset.testid = 'escalation-alert';
    note.href = box.dataset.ticketUrl + event.ticketId;
    const head = document.createElement('b');
    head.textContent = box.dataset.title + ' #' + event.number + ' → ' + label('level', event.level);
    const why = document.createElement('span');
    why.textContent = label('trigger', event.trigger) + (event.reason ? ': ' + event.reason : '');
    note.append(head, why);
    box.prepend(note);
    setTimeout(() => note.remove(), 60000);
  }

  window.addEventListener('DOMContentLoaded', () => {
    Yordam.live((client) => {
      client.subscribe(topic, (frame) => show(JSON.parse(frame.body)));
      box.dataset.live = 'on';
    });
  });
})();
