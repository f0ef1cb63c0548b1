// The supervisor's board: each snapshot the server pushes on /topic/board replaces the
// tables; between two snapshots the waits and due times count on the viewer's own clock.
(function () {
  'use strict';
  let labels = {};
  let skew = 0; // server time minus this browser's, from the latest snapshot

  const esc = (text) => document.createTextNode(text == null ? '' : String(text));
  function cell(tr, text, cls) {
    const td = document.createElement('td');
    if (cls) td.className = cls;
    td.appendChild(esc(text));
    tr.appendChild(td);
    return td;
  }
  function span(seconds) {
    if (seconds == null) return labels.none || '—';
    const s = Math.max(0, Math.round(seconds));
    if (s < 60) return s + ' ' + labels.sec;
    if (s < 3600) return Math.floor(s / 60) + ' ' + labels.min + ' ' + (s % 60) + ' ' + labels.sec;
    return Math.floor(s / 3600) + ' ' + labels.hour + ' ' + Math.floor((s % 3600) / 60) + ' ' + labels.min;
  }
  const now = () => Date.now() + skew;

  function tick() {
    document.querySelectorAll('td.wait').forEach((td) => {
      const since = td.dataset.since;
      td.textContent = since ? span((now() - Date.parse(since)) / 1000) : (labels.none || '—');
    });
    document.querySelectorAll('td.due').forEach((td) => {
      const left = (Date.parse(td.dataset.due) - now()) / 1000;
      td.textContent = left >= 0 ? span(left) : labels.overdue + ' ' + span(-left);
    });
  }

  function lines(snapshot) {
    const body = document.getElementById('board-lines-body');
    body.replaceChildren(...snapshot.lines.map((l) => {
      const tr = document.createElement('tr');
      tr.dataset.line = l.line;
      tr.dataset.testid = 'board-line';
      tr.setAttribute('data-testid', 'board-line');
      cell(tr, labels[l.line] || l.line);
      cell(tr, l.waiting).setAttribute('data-testid', 'line-waiting');
      cell(tr, l.unassigned).setAttribute('data-testid', 'line-unassigned');
      const wait = cell(tr, '', 'wait');
      if (l.longestWaitingSince) wait.dataset.since = l.longestWaitingSince;
      cell(tr, l.atRisk).setAttribute('data-testid', 'line-at-risk');
      cell(tr, l.breached).setAttribute('data-testid', 'line-breached');
      cell(tr, l.online).setAttribute('data-testid', 'line-online');
      cell(tr, l.away);
      cell(tr, l.load + ' / ' + l.capacity);
      return tr;
    }));
  }

  function reassign(r, agents) {
    const form = document.createElement('form');
    form.method = 'post';
    form.className = 'inline';
    form.action = '/agent/board/tickets/' + encodeURIComponent(r.ticketId) + '/assignee';
    const csrf = document.createElement('input');
    csrf.type = 'hidden';
    csrf.name = '_csrf';
    csrf.value = Yordam.meta('_csrf');
    const select = document.createElement('select');
    select.name = 'assigneeId';
    select.setAttribute('data-testid', 'board-reassign');
    const first = new Option(labels.reassign, '', true, true);
    first.disabled = true;
    select.add(first);
    agents.filter((a) => a.status === 'ONLINE').forEach((a) => select.add(new Option(a.name + ' (' + a.open + '/' + a.capacity + ')', a.id)));
    select.addEventListener('change', () => form.submit());
    form.append(csrf, select);
    return form;
  }

  function risk(snapshot) {
    const body = document.getElementById('board-risk-body');
    document.getElementById('board-risk-empty').classList.toggle('hidden', snapshot.atRisk.length > 0);
    body.replaceChildren(...snapshot.atRisk.map((r) => {
      const tr = document.createElement('tr');
      tr.dataset.ticket = r.ticketId;
      tr.dataset.stage = r.stage;
      tr.className = 'stage-' + r.stage;
      tr.setAttribute('data-testid', 'board-risk-row');
      const link = document.createElement('a');
      link.href = '/agent/tickets/' + encodeURIComponent(r.ticketId);
      link.textContent = '#' + r.number;
      cell(tr, '').appendChild(link);
      cell(tr, labels[r.line] || r.line);
      cell(tr, (labels[r.target] || r.target) + ' · ' + (labels[r.stage] || r.stage));
      cell(tr, '', 'due').dataset.due = r.dueAt;
      cell(tr, r.assigneeName || labels.unassigned);
      cell(tr, '').appendChild(reassign(r, snapshot.agents));
      return tr;
    }));
  }

  function agents(snapshot) {
    const body = document.getElementById('board-agents-body');
    body.replaceChildren(...snapshot.agents.map((a) => {
      const tr = document.createElement('tr');
      tr.dataset.agent = a.id;
      tr.setAttribute('data-testid', 'board-agent');
      cell(tr, a.name);
      cell(tr, labels[a.status] || a.status, 'status-' + a.status);
      cell(tr, a.capacity > 0 ? a.open + ' / ' + a.capacity : a.open).setAttribute('data-testid', 'agent-open');
      cell(tr, a.answered);
      cell(tr, span(a.firstResponseSeconds));
      cell(tr, a.solved);
      cell(tr, span(a.handlingSeconds));
      return tr;
    }));
  }

  function show(snapshot) {
    skew = Date.parse(snapshot.at) - Date.now();
    lines(snapshot);
    risk(snapshot);
    agents(snapshot);
    const at = document.querySelector('[data-testid="board-at"]');
    at.setAttribute('datetime', snapshot.at);
    at.textContent = new Date(snapshot.at).toLocaleTimeString(document.documentElement.lang || undefined);
    tick();
  }

  window.addEventListener('DOMContentLoaded', () => {
    labels = JSON.parse(document.getElementById('board-labels').textContent);
    const at = document.querySelector('[data-testid="board-at"]');
    skew = Date.parse(at.getAttribute('datetime')) - Date.now();
    document.querySelectorAll('td.secs').forEach((td) => {
      td.textContent = span(td.dataset.secs === '' || td.dataset.secs == null ? null : Number(td.dataset.secs));
    });
    tick();
    setInterval(tick, 1000);
    Yordam.live((client) => client.subscribe('/topic/board', (frame) => show(JSON.parse(frame.body))));
  });
})();
