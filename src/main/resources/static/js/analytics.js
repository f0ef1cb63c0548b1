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
