// The office's dashboard: each chart drawn with ECharts from /api/campaigns/{campaign}/dashboard, each downloadable as .xlsx.
const message = document.getElementById('message');
const input = document.getElementById('campaign');

function option(chart) {
  const labels = chart.rows.map(r => String(r[0]));
  const series = chart.headers.slice(1);
  if (chart.kind === 'pie') {
    return { tooltip: {}, legend: { bottom: 0 }, series: [{ type: 'pie', radius: '60%', data: chart.rows.map(r => ({ name: r[0], value: r[1] })) }] };
  }
  if (chart.kind === 'funnel') {
    return { tooltip: {}, series: [{ type: 'funnel', sort: 'none', label: { formatter: '{b}：{c}' },
      data: chart.rows.map(r => ({ name: r[0], value: r[1] })) }] };
  }
  return {
    tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: labels, axisLabel: { width: 180, overflow: 'truncate' } },
    series: series.map((name, i) => ({ name, type: 'bar', stack: chart.kind === 'stack' ? 'all' : undefined,
      data: chart.rows.map(r => r[i + 1]) }))
  };
}

async function load() {
  const campaign = input.value.trim();
  if (!campaign) return;
  history.replaceState(null, '', `?campaign=${encodeURIComponent(campaign)}`);
  const out = document.getElementById('charts');
  out.replaceChildren();
  show(message, '');
  try {
    const dashboard = await api.get(`/api/campaigns/${encodeURIComponent(campaign)}/dashboard`);
    document.getElementById('title').textContent = `${dashboard.title} · 统计`;
    for (const chart of dashboard.charts) {
      const box = document.createElement('section');
      box.dataset.chart = chart.id;
      const heading = document.createElement('h2');
      heading.textContent = chart.title + ' ';
      heading.appendChild(link(`/api/campaigns/${encodeURIComponent(campaign)}/dashboard/${chart.id}.xlsx`, '下载表格'));
      const canvas = document.createElement('div');
      canvas.className = 'chart';
      box.append(heading, canvas);
      out.appendChild(box);
      if (chart.rows.length === 0) {
        canvas.textContent = '暂无数据。';
      } else {
        echarts.init(canvas).setOption(option(chart));
      }
    }
  } catch (error) {
    loginHint(error, message);
  }
}

input.value = new URLSearchParams(location.search).get('campaign') || `${new Date().getFullYear()}-national`;
document.getElementById('show').onclick = load;
load();
