// A ringing call pops up: the frame on the agent's own topic names the call; the card (who calls,
// their order, the ticket) is read from the workspace as this agent, in their language.
(function () {
  'use strict';
  const box = document.querySelector('[data-testid="call-popup"]');
  if (!box || !window.Yordam) return;
  let shown = null;

  function load(callId) {
    fetch(box.dataset.card + encodeURIComponent(callId) + '/card', { headers: { Accept: 'text/html' } })
      .then((r) => (r.ok ? r.text() : Promise.reject(r.status)))
      .then((html) => {
        box.innerHTML = html;
        box.hidden = false;
        shown = callId;
      })
      .catch(() => {});
  }

  function arrived(frame) {
    if (frame.type === 'ringing' || frame.type === 'answered') {
      load(frame.callId);
    } else if (frame.type === 'closed' && shown === frame.callId && box.querySelector('[data-state="RINGING"]')) {
      // Answered elsewhere, missed or hung up while ringing: nothing for this agent to do.
      box.hidden = true;
      shown = null;
    }
  }

  box.addEventListener('click', (e) => {
    if (e.target.closest('[data-phone-close]')) {
      box.hidden = true;
      shown = null;
    }
  });

  Yordam.live((client) => {
    client.subscribe('/topic/phone.' + box.dataset.operator, (f) => arrived(JSON.parse(f.body)));
    box.dataset.live = 'on';
  });
})();
