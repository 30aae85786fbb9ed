// Registry of benchmark titles, a page at a time from the server, narrowed by year, level and words of a name.
// The visitor's place (filters and page) is kept in the address: a reload, a shared link or the way back from a
// revocation notice shows the same page.
'use strict';

const PAGE_SIZE = 50;
let page = placeFromAddress();
let asked = 0; // the newest request: an older answer arriving after it is dropped
let typing = null;

async function loadRegistry() {
  const filters = currentFilters();
  const request = ++asked;
  const params = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  try {
    const data = await fetchJson(`/public/api/registry?${params}`);
    if (request !== asked) return;
    if (!data || !Array.isArray(data.entries) || !Array.isArray(data.years)) {
      throw new Error('服务返回了无法识别的内容，请稍后重试。');
    }
    if (!data.entries.length && data.total && page > 1) {
      // a page beyond the last (an old link, or titles revoked since): the last page there is
      page = pageCount(data);
      loadRegistry();
      return;
    }
    showMessage(document.getElementById('message'), '', 'error');
    fillYears(data.years);
    render(data, filters);
    keepPlace(filters);
  } catch (error) {
    if (request !== asked) return;
    document.getElementById('count').textContent = '';
    showMessage(document.getElementById('message'), error.message, 'error');
  }
}

function currentFilters() {
  return {
    year: document.getElementById('year').value,
    level: document.getElementById('level').value,
    q: document.getElementById('query').value.trim(),
  };
}

// The filters and page of the address, set in the form; the page to show (1 when the address names none or no valid one).
function placeFromAddress() {
  const address = new URLSearchParams(location.search);
  const year = address.get('year') || '';
  if (/^\d{4}$/.test(year)) {
    document.getElementById('year').appendChild(el('option', { value: year }, `${year}年`));
    document.getElementById('year').value = year;
  }
  document.getElementById('level').value = address.get('level') || '';
  document.getElementById('query').value = (address.get('q') || '').slice(0, 100);
  const wanted = Number(address.get('page'));
  return Number.isInteger(wanted) && wanted >= 1 && wanted <= 100000 ? wanted : 1;
}

function keepPlace(filters) {
  const place = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) place.set(name, value);
  if (page > 1) place.set('page', String(page));
  const query = place.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

function fillYears(years) {
  const yearSelect = document.getElementById('year');
  const known = new Set([...yearSelect.options].map((o) => o.value));
  for (const y of years) if (!known.has(String(y))) yearSelect.appendChild(el('option', { value: y }, `${y}年`));
  // newest first, a year named by the address among them
  const chosen = yearSelect.value;
  [...yearSelect.options].filter((o) => o.value).sort((a, b) => Number(b.value) - Number(a.value))
    .forEach((o) => yearSelect.appendChild(o));
  yearSelect.value = chosen;
  document.getElementById('filters').hidden = !years.length;
}

function render(data, filters) {
  const charts = document.getElementById('title-charts');
  charts.hidden = !filters.year;
  if (filters.year && charts.dataset.year !== filters.year) {
    charts.dataset.year = filters.year;
    drawTitleCharts(charts, filters.year).catch(() => { charts.hidden = true; });
  }
  const filtered = Boolean(filters.year || filters.level || filters.q);
  const body = document.getElementById('rows');
  body.replaceChildren(...data.entries.map(row));
  if (!data.entries.length) {
    body.appendChild(el('tr', null,
      el('td', { colspan: 8 }, filtered || data.total ? '没有符合条件的记录。' : '名录暂无记录。')));
  }
  document.getElementById('count').textContent = filtered ? `符合条件 ${data.total} 条。` : `共 ${data.total} 条。`;

  const pages = pageCount(data);
  document.getElementById('pager').hidden = pages < 2;
  document.getElementById('page-of').textContent = `第 ${data.page} / ${pages} 页`;
  document.getElementById('previous-page').disabled = data.page <= 1;
  document.getElementById('next-page').disabled = data.page >= pages;
}

function pageCount(data) {
  return Math.max(1, Math.ceil(data.total / data.size));
}

function isRevoked(t) {
  return t.status === 'REVOKED' || Boolean(t.revokedOn);
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

function turnTo(next) {
  page = next;
  loadRegistry();
  document.querySelector('main h1').scrollIntoView();
}

const form = document.getElementById('filters');
form.addEventListener('change', () => { page = 1; loadRegistry(); });
document.getElementById('query').addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => { page = 1; loadRegistry(); }, 300);
});
form.addEventListener('submit', (event) => { event.preventDefault(); clearTimeout(typing); page = 1; loadRegistry(); });
document.getElementById('previous-page').addEventListener('click', () => turnTo(page - 1));
document.getElementById('next-page').addEventListener('click', () => turnTo(page + 1));
loadRegistry();
