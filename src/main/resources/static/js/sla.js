// SLA countdowns: tick from the due instants the server rendered, on the server's clock
// (its time is rendered with each countdown, and sent on /topic/sla when a warning or a
// breach fires), so that no page polls.
(function () {
  'use strict';
  if (window.YordamSla) return;
  let offset = 0;
  let lastServerNow = 0;
  const stages = ['green', 'amber', 'red', 'breached'];
  function now() { return Date.now() + offset; }
  function clockFrom(serverNow) {
    if (serverNow && serverNow !== lastServerNow) {
      lastServerNow = serverNow;
      offset = serverNow - Date.now();
    }
  }
  function format(ms) {
    const s = Math.floor(Math.abs(ms) / 1000);
    const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    const mm = (h > 0 && m < 10 ? '0' : '') + m, ss = (sec < 10 ? '0' : '') + sec;
    return (h > 0 ? h + ':' : '') + mm + ':' + ss;
  }
  function stageOf(el, t) {
    if (el.dataset.stage === 'BREACHED') return 'breached';
    if (!el.dataset.due) return el.dataset.stage.toLowerCase();
    if (t >= +el.dataset.due) return 'breached';
    if (t >= +el.dataset.red) return 'red';
    if (t >= +el.dataset.amber) return 'amber';
    return 'green';
  }
  function tick() {
    document.querySelectorAll('.sla-countdown').forEach((el) => {
      if (!el.dataset.seen) { el.dataset.seen = '1'; clockFrom(+el.dataset.serverNow); }
    });
    const t = now();
    document.querySelectorAll('.sla-countdown').forEach((el) => {
      const stage = stageOf(el, t);
      stages.forEach((s) => el.classList.toggle('sla-' + s, s === stage));
      el.dataset.live = stage;
      let text;
      if (!el.dataset.due) {
        el.classList.add('sla-paused');
        text = el.dataset.label + ' · ' + el.dataset.pausedLabel + ' ' + format(+el.dataset.remaining || 0);
      } else {
        const left = +el.dataset.due - t;
        text = left > 0 ? el.dataset.label + ' ' + format(left)
          : el.dataset.label + ' · ' + el.dataset.overdue + ' ' + format(left);
      }
      if (el.textContent !== text) el.textContent = text;
    });
  }
  window.YordamSla = { tick };
  window.addEventListener('DOMContentLoaded', () => {
    tick();
    setInterval(tick, 1000);
    document.body.addEventListener('htmx:afterSwap', tick);
    if (window.Yordam && Yordam.live) {
      Yordam.live((client) => client.subscribe('/topic/sla', (frame) => {
        try { clockFrom(JSON.parse(frame.body).now); } catch (e) { /* a frame we do not know */ }
        tick();
      }));
    }
  });
})();
