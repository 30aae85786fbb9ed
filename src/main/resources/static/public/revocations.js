// Notices revoking benchmark titles; each notice can be reached as revocations.html#title-<titleNumber>.
'use strict';

async function loadRevocations() {
  const container = document.getElementById('notices');
  try {
    const notices = await fetchJson('/public/api/revocations');
    if (!Array.isArray(notices)) throw new Error('服务返回了无法识别的内容，请稍后重试。');
    const anchored = new Set();
    notices.forEach((n, index) => {
      const anchor = n.titleNumber ? `title-${n.titleNumber}` : null;
      container.appendChild(renderNotice(n, index, anchored.has(anchor) ? null : anchor));
      anchored.add(anchor);
    });
    if (!notices.length) container.appendChild(el('p', null, '暂无撤销称号公告。'));
    scrollToHash();
  } catch (error) {
    showMessage(document.getElementById('message'), error.message, 'error');
  } finally {
    document.getElementById('loading').hidden = true;
  }
}

function renderNotice(n, index, anchor) {
  const facts = [
    n.titleNumber ? `称号编号：${n.titleNumber}` : null,
    n.year || n.levelName ? `${n.year || ''}年${n.levelName || ''}质量标杆` : null,
    n.benchmarkName, n.enterpriseName,
    n.ground ? `撤销原因：${n.ground}` : null,
  ].filter(Boolean).join(' · ');
  return el('article', { class: 'notice', id: anchor, 'aria-labelledby': `notice-${index}` },
    n.noticeNumber ? el('p', { class: 'notice-number hint' }, n.noticeNumber) : null,
    el('h2', { class: 'notice-title', id: `notice-${index}` }, n.title),
    facts ? el('p', { class: 'hint notice-facts' }, facts) : null,
    el('div', { class: 'notice-text' }, n.text),
    el('div', { class: 'notice-signature' },
      el('p', null, n.organiser),
      el('p', null, chineseDate(n.revokedOn))));
}

// The notices arrive after the page has loaded, so the browser cannot jump to the anchor by itself.
function scrollToHash() {
  if (location.hash.length < 2) return;
  let id;
  try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
  const target = document.getElementById(id);
  if (target) target.scrollIntoView();
}

loadRevocations();
