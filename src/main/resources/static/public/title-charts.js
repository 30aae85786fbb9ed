// A year's quality benchmarks by province and by category (ECharts, served from the webjar), under the registry and
// the announcement: <div class="title-charts" data-year="2026"></div> or drawTitleCharts(node, year).
'use strict';

async function drawTitleCharts(node, year) {
  const summary = await fetchJson(`/public/api/registry/${encodeURIComponent(year)}/summary`);
  node.replaceChildren();
  if (!summary.byProvince.length) {
    node.append(el('p', { class: 'hint' }, `${year}年暂无质量标杆。`));
    return;
  }
  for (const [key, title] of [['byProvince', '按省份'], ['byCategory', '按遴选范围类别']]) {
    const canvas = el('div', { class: 'title-chart', 'data-chart': key, style: 'height: 300px; max-width: 760px' });
    node.append(el('h3', {}, `${year}年质量标杆${title}`), canvas);
    echarts.init(canvas).setOption({
      tooltip: {}, grid: { left: 8, right: 16, bottom: 8, top: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: summary[key].map(c => c.name), axisLabel: { width: 260, overflow: 'truncate' } },
      series: [{ type: 'bar', name: '质量标杆数', data: summary[key].map(c => c.titles), label: { show: true, position: 'right' } }]
    });
  }
}
