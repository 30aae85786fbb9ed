// 通知公告: each published campaign's notice with its 申报指南 and templates; the objection progress look-up.
'use strict';

async function loadNotices() {
  const out = document.getElementById('notices');
  try {
    const notices = await fetchJson('/public/api/notices');
    document.getElementById('loading').hidden = true;
    if (!notices.length) out.append(el('p', { class: 'hint' }, '暂无遴选通知。'));
    for (const n of notices) {
      out.append(el('section', { class: 'notice', 'data-campaign': n.campaign },
        el('h2', {}, n.title),
        el('p', {}, `${n.organiser}　申报时间 ${chineseDate(n.applicationOpens)} 至 ${chineseDate(n.applicationCloses)}，推荐截止 ${chineseDate(n.recommendationDeadline)}`),
        el('p', {}, '重点领域：' + n.focusAreas.join('；')),
        n.noticeUrl ? el('p', {}, el('a', { href: n.noticeUrl, rel: 'noopener' }, '通知原文')) : null,
        el('ul', { class: 'downloads' }, Object.entries(n.downloads).map(([label, href]) => el('li', {}, el('a', { href }, label))))));
    }
  } catch (error) {
    document.getElementById('loading').hidden = true;
    showMessage(document.getElementById('message'), error.message, 'error');
  }
}

async function lookUp(event) {
  event.preventDefault();
  const message = document.getElementById('lookup-message');
  const result = document.getElementById('lookup-result');
  result.hidden = true;
  showMessage(message, '');
  try {
    const p = await fetchJson('/public/api/objections/lookup', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ number: document.getElementById('lookup-number').value, phone: document.getElementById('lookup-phone').value })
    });
    const rows = [['异议编号', p.number], ['涉及申报', `${p.applicationNumber} ${p.benchmarkName}`],
      ['提交时间', new Date(p.submittedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })], ['办理进度', p.status]];
    if (p.reply) rows.push(['答复', p.reply]);
    result.replaceChildren(...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
    result.hidden = false;
  } catch (error) {
    showMessage(message, error.message, 'error');
  }
}

document.getElementById('lookup-form').addEventListener('submit', lookUp);
loadNotices();
