// One campaign's progress for its office (/api/campaigns/{c}/progress): each stage's applications, the groups' reviews,
// each unit's quota; the office gives an open review to another expert and names another group leader here. The server
// decides: a refusal is shown where the office clicked.
const campaign = new URLSearchParams(location.search).get('campaign');
const path = `/api/campaigns/${encodeURIComponent(campaign || '')}`;
const message = document.getElementById('message');
const STAGES = { MATERIAL: '资料评审', DEFENSE: '答辩评审' };

// The window may have closed before the day announced: say so rather than show a window that seems still open.
function closedEarly(p) {
  return p.applicationClosedOn && p.applicationClosedOn !== p.applicationCloses ? `（实际已于 ${p.applicationClosedOn} 截止）` : '';
}

function numberCell(row, value) {
  cell(row, String(value)).className = 'number';
}

function showProgress(p) {
  document.title = `${p.title} · 进度`;
  document.getElementById('title').textContent = `${p.title}（${p.campaign}）`;
  document.getElementById('summary').textContent = `${p.organiser} · 当前阶段：${p.statusName} · 申报时间 ${p.applicationOpens} 至 `
    + `${p.applicationCloses}${closedEarly(p)} · 推荐截止 ${p.recommendationDeadline} · 共 ${p.applications} 项申报`;
  const links = document.getElementById('links');
  const c = encodeURIComponent(p.campaign);
  [[`/applications.html?campaign=${c}`, '申报一览'], [`/dashboard.html?campaign=${c}`, '统计图表'],
    [`/reviews.html?campaign=${c}`, '评审与评分表']].forEach(([href, text], i) => {
    if (i) links.append(' · ');
    links.append(link(href, text));
  });
  const stages = document.getElementById('stages');
  for (const s of p.stages) {
    const row = document.createElement('tr');
    cell(row, s.ended ? `已结束：${s.name}` : s.name);
    numberCell(row, s.count);
    stages.appendChild(row);
  }
  document.getElementById('late').textContent = p.lateReviews
    ? `逾期未提交的评审 ${p.lateReviews} 项，见下方“待评审的评审任务”。` : '没有逾期未提交的评审。';
  const reviews = document.getElementById('reviews');
  for (const r of p.reviews) {
    const row = document.createElement('tr');
    cell(row, `${r.stage} · ${r.group}`);
    [r.submitted, r.open, r.late, r.handedOver].forEach(n => numberCell(row, n));
    reviews.appendChild(row);
  }
  if (!p.reviews.length) {
    const row = document.createElement('tr');
    cell(row, '尚未开始专家评审。').colSpan = 5;
    reviews.appendChild(row);
  }
  showQuotas(p.quotas);
}

function quotaRow(q) {
  const row = document.createElement('tr');
  cell(row, q.unitName);
  [q.applications, q.waiting, q.quota, q.used, q.remaining].forEach(n => numberCell(row, n));
  return row;
}

// Units with applications first; the others folded away (a national campaign has 49).
function showQuotas(quotas) {
  const active = quotas.filter(q => q.applications > 0 || q.used > 0);
  const quiet = quotas.filter(q => !(q.applications > 0 || q.used > 0));
  active.forEach(q => document.getElementById('quotas').appendChild(quotaRow(q)));
  if (!active.length) {
    const row = document.createElement('tr');
    cell(row, '尚无推荐单位收到申报。').colSpan = 6;
    document.getElementById('quotas').appendChild(row);
  }
  if (quiet.length) {
    const details = document.getElementById('quiet-units');
    details.hidden = false;
    details.querySelector('summary').textContent = `另有 ${quiet.length} 个推荐单位尚无申报（名额均未使用）`;
    quiet.forEach(q => document.getElementById('quiet').appendChild(quotaRow(q)));
  }
}

function rowMessage(container, text, kind) {
  let box = container.querySelector('.row-message');
  if (!box) {
    box = document.createElement('div');
    container.appendChild(box);
  }
  box.className = `row-message message ${kind}`;
  box.textContent = text;
  box.scrollIntoView({ block: 'nearest' });
}

function reassignControl(review) {
  const box = document.createElement('div');
  const line = document.createElement('div');
  line.className = 'inline';
  const reason = document.createElement('input');
  reason.type = 'text';
  reason.maxLength = 500;
  reason.placeholder = '改派理由（必填），如：专家出差无法按期评审';
  reason.setAttribute('aria-label', `改派 ${review.application} 的评审的理由`);
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = '改派';
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await api.send('POST', `/api/reviews/${encodeURIComponent(review.id)}/reassign`, { reason: reason.value });
      rowMessage(box, '已改派，新的评审任务已分配给本组另一位专家。', 'ok');
      setTimeout(() => location.reload(), 1200);
    } catch (error) {
      rowMessage(box, error.message, 'error');
      button.disabled = false;
    }
  });
  line.append(reason, button);
  box.append(line);
  return box;
}

function showOpenReviews(reviews, mayAct) {
  const open = reviews.filter(r => r.status === 'ASSIGNED')
    .sort((a, b) => (b.late - a.late) || String(a.dueAt).localeCompare(String(b.dueAt)));
  document.getElementById('open-section').hidden = !open.length;
  document.getElementById('reassign-head').hidden = !mayAct;
  const body = document.getElementById('open');
  for (const r of open) {
    const row = document.createElement('tr');
    if (r.late) row.className = 'late';
    cell(row, r.application);
    cell(row, STAGES[r.stage] || r.stage);
    cell(row, r.groupName || r.group);
    cell(row, `${r.expertName}（${r.expert}）`);
    cell(row, deadline(r.dueAt) + (r.late ? '（已逾期）' : ''));
    if (mayAct) cell(row, reassignControl(r));
    body.appendChild(row);
  }
}

function leaderControl(group) {
  const box = document.createElement('div');
  const line = document.createElement('div');
  line.className = 'inline';
  const select = document.createElement('select');
  select.setAttribute('aria-label', `${group.name}的新组长`);
  for (const m of group.members) {
    const option = document.createElement('option');
    option.value = m.code;
    option.textContent = `${m.name}（${m.code}，${m.affiliation}）` + (m.leader ? ' · 现任组长' : m.cannotLead ? ` · ${m.cannotLead}` : '');
    option.disabled = !m.leader && !!m.cannotLead;
    option.selected = m.leader;
    select.appendChild(option);
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = '更换组长';
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await api.send('PUT', `${path}/groups/${encodeURIComponent(group.code)}/leader`, { expert: select.value });
      rowMessage(box, '已更换组长；本组的合议任务（如已开始）转给新组长。', 'ok');
      setTimeout(() => location.reload(), 1200);
    } catch (error) {
      rowMessage(box, error.message, 'error');
      button.disabled = false;
    }
  });
  line.append(select, button);
  box.append(line);
  return box;
}

function showCommittee(committee, mayAct) {
  document.getElementById('groups-section').hidden = false;
  document.getElementById('committee').textContent = `主任委员 ${committee.chair} · 副主任委员 ${committee.viceChair}`
    + ` · 每项申报 ${committee.expertsPerApplication} 位评审专家。组长须为本组成员，且与本组申报均无需回避（组长阅读本组全部评分）。`;
  const groups = document.getElementById('groups');
  for (const g of committee.groups) {
    const section = document.createElement('div');
    const heading = document.createElement('h3');
    heading.textContent = `${g.name}：组长 ${g.leaderName}（${g.leader}）`;
    const members = document.createElement('p');
    members.className = 'hint';
    members.textContent = '成员：' + g.members.map(m => `${m.name}（${m.code}）`).join('、');
    section.append(heading, members);
    if (mayAct) section.append(leaderControl(g));
    groups.appendChild(section);
  }
}

// Only the campaign's own office may see and change its notice's templates: anyone else gets 404 and no section.
const TEMPLATE_NAMES = { SUMMARY: '总结材料格式模板', PPT: 'PPT格式模板', VIDEO: '视频格式模板' };

async function showTemplates() {
  const templates = await api.get(`${path}/notice-templates`).catch(error => (error.status === 404 ? null : Promise.reject(error)));
  if (!templates) return;
  document.getElementById('templates').replaceChildren(...templates.map(t => {
    const item = document.createElement('li');
    item.append(link(`/public/api/notices/${encodeURIComponent(campaign)}/templates/${t.template}`, `${TEMPLATE_NAMES[t.template]}：${t.fileName}`));
    return item;
  }));
  document.getElementById('template-send').onclick = async () => {
    const file = document.getElementById('template-file').files[0];
    const kind = document.getElementById('template-kind').value;
    if (!file) { show(message, '请选择要上传的模板文件。', 'error'); return; }
    try {
      await api.call('POST', `${path}/notice-templates?template=${kind}&fileName=${encodeURIComponent(file.name)}`, file,
        'application/octet-stream');
      show(message, `已上传 ${file.name}。`, 'ok');
      await showTemplates();
    } catch (error) {
      show(message, error.message, 'error');
    }
  };
  document.getElementById('templates-section').hidden = false;
}

async function load() {
  if (!campaign) {
    location.replace('/campaigns.html');
    return;
  }
  try {
    const progress = await api.get(`${path}/progress`);
    showProgress(progress);
    const [reviews, committee] = await Promise.all([api.get(`${path}/reviews`),
      api.get(`${path}/committee`).catch(error => (error.status === 404 ? null : Promise.reject(error)))]);
    const groupNames = Object.fromEntries((committee ? committee.groups : []).map(g => [g.code, g.name]));
    showOpenReviews(reviews.map(r => ({ ...r, groupName: groupNames[r.group] })), progress.mayAct);
    if (committee) showCommittee(committee, progress.mayAct);
    await showTemplates();
  } catch (error) {
    loginHint(error, message);
  }
}

load();
