// The reputation page's chart: the weekly average rating per source, drawn by Apache ECharts
// from the figures the page carries (data-chart). The table below it holds the same numbers.
(() => {
  'use strict';
  const draw = () => {
    const box = document.querySelector('[data-testid=reviews-chart]');
    if (!box || typeof echarts === 'undefined') {
      return;
    }
    const data = JSON.parse(box.dataset.chart);
    const chart = echarts.init(box, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: data.weeks.map(w => w.slice(8, 10) + '.' + w.slice(5, 7)) },
      yAxis: { type: 'value', min: 1, max: 5, interval: 1 },
      series: data.lines.map(line => ({
        name: line.label, type: 'line', connectNulls: true, symbolSize: 7, data: line.averages
      }))
    });
    box.dataset.drawn = 'true';
    window.addEventListener('resize', () => chart.resize());
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
