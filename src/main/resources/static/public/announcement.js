// Printable announcement of one campaign's benchmark list: announcement.html?campaign=2025-national
'use strict';

async function loadAnnouncement() {
  const message = document.getElementById('message');
  const campaign = queryParameter('campaign');
  try {
    if (!campaign) throw Object.assign(new Error('未找到该公告。'), { status: 404 });
    const a = await fetchJson(`/public/api/announcements/${encodeURIComponent(campaign)}`);
    if (!a || typeof a !== 'object') throw new Error('服务返回了无法识别的内容，请稍后重试。');
    renderAnnouncement(a);
    drawTitleCharts(document.getElementById('title-charts'), a.year).catch(() => {});
  } catch (error) {
    showMessage(message, error.status === 404 ? '未找到该公告。' : error.message, 'error');
  } finally {
    document.getElementById('loading').hidden = true;
  }
}

function bodyText(a) {
  const basis = a.level === 'national' ? '根据《全国质量标杆遴选管理办法》' : '根据质量标杆遴选工作有关规定';
  const approval = a.approval ? `${a.approval}，` : '';
  return `${basis}，经企业自愿申报、推荐单位择优推荐、形式审查、专家资料评审和答辩评审、网上公示，${approval}`
    + `现将${listName(a)}予以公告。`;
}

function listName(a) {
  return `${a.year}年${a.levelName || ''}质量标杆名单`;
}

function renderAnnouncement(a) {
  const benchmarks = Array.isArray(a.benchmarks) ? a.benchmarks : [];
  document.title = a.title || listName(a);
  const rows = benchmarks.map((b, i) => el('tr', null,
    el('td', null, i + 1), el('td', null, b.benchmarkName), el('td', null, b.enterpriseName)));
  if (!rows.length) rows.push(el('tr', null, el('td', { colspan: 3 }, '名单为空。')));

  document.getElementById('notice').append(...[
    a.documentNumber ? el('p', { class: 'notice-number' }, a.documentNumber) : null,
    el('hr', { class: 'notice-rule' }),
    el('h1', { class: 'notice-title' }, a.title || listName(a)),
    el('p', { class: 'notice-body' }, bodyText(a)),
    el('p', { class: 'notice-body' }, `附件：${listName(a)}`),
    el('div', { class: 'notice-signature' },
      el('p', null, a.organiser),
      el('p', null, chineseDate(a.publishedOn))),
    el('h2', { class: 'notice-title' }, listName(a)),
    el('table', null,
      el('thead', null, el('tr', null, ['序号', '质量标杆名称', '企业名称'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', null, rows)),
    a.channels ? el('p', { class: 'notice-channels' }, `发布渠道：${a.channels}`) : null,
  ].filter(Boolean));
  document.getElementById('notice').hidden = false;

  const print = document.getElementById('print');
  print.hidden = false;
  print.addEventListener('click', () => window.print());
}

loadAnnouncement();
