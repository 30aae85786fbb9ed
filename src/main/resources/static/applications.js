// An applicant's own applications with number, stage, dates, next step and deadline and the title's true state
// (/api/applications/mine/status); with ?campaign= a campaign's applications for its office and units. Staff who open
// the page without a campaign are sent to the campaigns they follow.
const campaign = new URLSearchParams(location.search).get('campaign');
const message = document.getElementById('message');

function entry(list, term, value) {
  if (value === null || value === undefined || value === '') return;
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  if (value instanceof Node) dd.appendChild(value); else dd.textContent = value;
  list.append(dt, dd);
}

function nextStep(next) {
  if (!next) return null;
  return next.due ? `${next.step}（${next.dueText}：${beijing(next.due)}）` : next.step;
}

function steps(list) {
  const ol = document.createElement('ol');
  ol.className = 'steps';
  for (const s of list) {
    const li = document.createElement('li');
    li.textContent = `${beijing(s.at)} ${s.name}`;
    ol.appendChild(li);
  }
  return ol;
}

function titleState(title) {
  if (!title) return null;
  const box = document.createElement('div');
  if (title.revoked) {
    box.className = 'revoked';
    box.append(`称号 ${title.number} 已于 ${title.revokedOn} 撤销（${title.ground}）。`);
    if (title.notice) {
      const notice = document.createElement('p');
      notice.textContent = `撤销公告：${title.notice}`;
      box.append(notice);
    }
    box.append(link('/public/revocations.html', '查看撤销公告'));
  } else {
    box.append(`称号 ${title.number}，${title.awardedOn} 授予，有效。`);
  }
  return box;
}

function showMine(rows) {
  const out = document.getElementById('mine');
  for (const a of rows) {
    const section = document.createElement('section');
    section.className = 'application';
    section.dataset.number = a.number;
    const heading = document.createElement('h2');
    heading.append(link(`/materials.html?application=${encodeURIComponent(a.number)}`, a.number), ` ${a.benchmarkName}`);
    const list = document.createElement('dl');
    entry(list, '遴选活动', `${a.campaignTitle}（${a.campaignNumber}）`);
    entry(list, '推荐单位', a.recommendingUnitName);
    entry(list, '当前状态', a.statusName + (a.statusReason ? `：${a.statusReason}` : ''));
    entry(list, '下一步', nextStep(a.next) || (a.ended ? '申报已结束。' : ''));
    entry(list, '称号', titleState(a.title));
    entry(list, '提交时间', beijing(a.submittedAt));
    entry(list, '办理记录', steps(a.steps));
    section.append(heading, list);
    out.appendChild(section);
  }
  if (!rows.length) show(message, '您还没有提交申报：在任务列表中点击“发起流程”，选择“质量标杆申报”。', 'ok');
}

async function showCampaign() {
  document.getElementById('title').textContent = `${campaign} 的申报`;
  document.getElementById('campaign-table').hidden = false;
  const rows = await api.get(`/api/campaigns/${encodeURIComponent(campaign)}/applications`);
  const body = document.getElementById('applications');
  for (const a of rows) {
    const row = document.createElement('tr');
    cell(row, link(`/materials.html?application=${encodeURIComponent(a.number)}`, a.number));
    cell(row, a.benchmarkName);
    cell(row, a.enterpriseName);
    cell(row, a.recommendingUnitName);
    cell(row, a.statusName);
    cell(row, a.statusReason);
    body.appendChild(row);
  }
  if (!rows.length) show(message, '没有您可查看的申报。', 'ok');
}

// An applicant account applies only as the enterprise an administrator bound it to: say which, or why it cannot apply.
async function showEnterprise() {
  const box = document.getElementById('enterprise');
  try {
    const enterprise = await api.get('/api/applicant/enterprise');
    show(box, `本账号申报企业：${enterprise.name}（统一社会信用代码 ${enterprise.creditCode}）`, 'ok');
    return true;
  } catch (error) {
    if (error.status === 404) show(box, error.message, 'error');
    return false;
  }
}

async function load() {
  try {
    if (campaign) {
      await showCampaign();
      return;
    }
    if ((await api.get('/api/campaigns')).length) {
      location.replace('/campaigns.html');
      return;
    }
    await showEnterprise();
    showMine(await api.get('/api/applications/mine/status'));
  } catch (error) {
    loginHint(error, message);
  }
}

load();
