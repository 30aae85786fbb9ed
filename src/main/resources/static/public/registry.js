// Registry of benchmark titles, filtered in the browser by year, level and a text search.
'use strict';

let titles = [];

async function loadRegistry() {
  try {
    const data = await fetchJson('/public/api/registry');
    if (!Array.isArray(data)) throw new Error('服务返回了无法识别的内容，请稍后重试。');
    titles = data;
    buildFilters();
    render();
  } catch (error) {
    document.getElementById('count').textContent = '';
    showMessage(document.getElementById('message'), error.message, 'error');
  }
}

function buildFilters() {
  const years = [...new Set(titles.map((t) => t.year).filter((y) => y !== null && y !== undefined))].sort((a, b) => b - a);
  const yearSelect = document.getElementById('year');
  for (const y of years) yearSelect.appendChild(el('option', { value: y }, `${y}年`));

  const levels = new Map();
  for (const t of titles) if (t.level && !levels.has(t.level)) levels.set(t.level, t.levelName || t.level);
  const levelSelect = document.getElementById('level');
  for (const [value, label] of levels) levelSelect.appendChild(el('option', { value }, label));

  const form = document.getElementById('filters');
  form.addEventListener('input', render);
  form.addEventListener('change', render);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = !titles.length;
}

function isRevoked(t) {
  return t.status === 'REVOKED' || Boolean(t.revokedOn);
}

function render() {
  const year = document.getElementById('year').value;
  const charts = document.getElementById('title-charts');
  charts.hidden = !year;
  if (year && charts.dataset.year !== year) {
    charts.dataset.year = year;
    drawTitleCharts(charts, year).catch(() => { charts.hidden = true; });
  }
  const level = document.getElementById('level').value;
  const query = document.getElementById('query').value.trim().toLowerCase();
  const shown = titles.filter((t) =>
    (!year || String(t.year) === year) &&
    (!level || t.level === level) &&
    (!query || `${t.benchmarkName || ''}\n${t.enterpriseName || ''}`.toLowerCase().includes(query)));

  const body = document.getElementById('rows');
  body.replaceChildren(...shown.map(row));
  if (!shown.length) body.appendChild(el('tr', null, el('td', { colspan: 8 }, titles.length ? '没有符合条件的记录。' : '名录暂无记录。')));
  document.getElementById('count').textContent = shown.length === titles.length
    ? `共 ${titles.length} 条。` : `共 ${titles.length} 条，符合条件 ${shown.length} 条。`;
}

function row(t) {
  let status = t.statusName || '';
  if (isRevoked(t)) {
    const details = [t.revokedOn, t.revocationGround].filter(Boolean).join('，');
    status = el('span', null,
      el('span', { class: 'revoked-mark' }, `已撤销${details ? `（${details}）` : ''}`), ' ',
      el('a', { href: `revocations.html#title-${encodeURIComponent(t.titleNumber || '')}` }, '查看公告'));
  }
  return el('tr', { class: isRevoked(t) ? 'revoked' : null },
    el('td', null, t.titleNumber),
    el('td', null, t.year),
    el('td', null, t.levelName),
    el('td', null, t.benchmarkName),
    el('td', null, t.enterpriseName),
    el('td', null, t.category),
    el('td', null, status),
    el('td', null, video(t)));
}

// The promotional video of a national benchmark (seed 001 annex 3 §1(4)): its address was checked to be http(s).
function video(t) {
  if (!t.videoUrl || !/^https?:\/\//.test(t.videoUrl)) return '';
  const parts = Array.isArray(t.videoParts) && t.videoParts.length === 3
    ? `（${t.videoParts[0]}+${t.videoParts[1]}+${t.videoParts[2]} 分钟）` : '';
  return el('span', null, el('a', { href: t.videoUrl, rel: 'noopener noreferrer', target: '_blank' }, '观看视频'), parts);
}

loadRegistry();
