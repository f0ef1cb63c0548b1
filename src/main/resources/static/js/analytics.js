// The analytics trend: drawn with ECharts from the trend table the server rendered (the
// table stays the accessible and printable form of the same figures). Every word, the right axis's
// unit too, comes from the page in the viewer's language.
(function () {
  'use strict';
  function draw() {
    const el = document.getElementById('trend-chart');
    if (!el || !window.echarts) return;
    const rows = Array.from(document.querySelectorAll('[data-testid="trend-row"]'));
    const slots = rows.map(r => r.dataset.slot);
    const num = (r, k) => (r.dataset[k] === undefined || r.dataset[k] === '') ? null : Number(r.dataset[k]);
    const chart = window.echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: [el.dataset.contacts, el.dataset.resolved, el.dataset.frt] },
      grid: { left: 48, right: 56, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: slots },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', name: el.dataset.seconds, splitLine: { show: false } }],
      series: [
        { name: el.dataset.contacts, type: 'bar', data: rows.map(r => num(r, 'contacts')) },
        { name: el.dataset.resolved, type: 'bar', data: rows.map(r => num(r, 'resolved')) },
        { name: el.dataset.frt, type: 'line', yAxisIndex: 1, connectNulls: true, data: rows.map(r => num(r, 'frt')) }
      ]
    });
    el.dataset.rendered = 'true';
    window.addEventListener('resize', () => chart.resize());
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw); else draw();
})();

// The recurring problems and each cut load after the page (hx-trigger="load"): one that fails says so
// in its place, with a button to ask again, rather than stay "Loading…".
(function () {
  'use strict';
  document.addEventListener('htmx:responseError', failed);
  document.addEventListener('htmx:sendError', failed);
  function failed(e) {
    const el = e.detail.elt;
    const page = document.querySelector('main.analytics-page');
    if (!page || !el || !el.matches('.analytics-part[hx-get]')) return;
    el.removeAttribute('aria-busy');
    el.dataset.testid = 'part-failed';
    const note = document.createElement('p');
    note.className = 'muted';
    note.textContent = page.dataset.failed + ' ';
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'btn small';
    retry.textContent = page.dataset.retry;
    retry.addEventListener('click', () => {
      el.setAttribute('aria-busy', 'true');
      el.dataset.testid = 'part-loading';
      const loading = document.createElement('p');
      loading.className = 'muted';
      loading.textContent = page.dataset.loading;
      el.replaceChildren(loading);
      htmx.ajax('GET', el.getAttribute('hx-get'), { source: el, target: el, swap: 'outerHTML' });
    });
    note.appendChild(retry);
    el.replaceChildren(note);
  }
})();
