// Public home page: lists the published result announcements.
'use strict';

async function loadAnnouncements() {
  const list = document.getElementById('announcements');
  const message = document.getElementById('message');
  try {
    const announcements = await fetchJson('/public/api/announcements');
    if (!Array.isArray(announcements)) throw new Error('服务返回了无法识别的内容，请稍后重试。');
    for (const a of announcements) {
      const facts = [a.documentNumber, a.publishedOn ? `发布日期：${a.publishedOn}` : null].filter(Boolean).join(' · ');
      list.appendChild(el('li', null,
        el('a', { href: `announcement.html?campaign=${encodeURIComponent(a.campaign)}` }, a.title || `${a.year}年${a.levelName}质量标杆名单公告`),
        facts ? el('span', { class: 'hint' }, facts) : null));
    }
    if (!announcements.length) list.appendChild(el('li', { class: 'hint' }, '暂无结果公告。'));
  } catch (error) {
    showMessage(message, error.message, 'error');
  } finally {
    document.getElementById('loading').hidden = true;
  }
}

loadAnnouncements();
