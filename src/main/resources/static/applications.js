const campaign = new URLSearchParams(location.search).get('campaign');
const message = document.getElementById('message');

async function load() {
  if (campaign) document.getElementById('title').textContent = `${campaign} 的申报`;
  try {
    const rows = await api.get(campaign ? `/api/campaigns/${encodeURIComponent(campaign)}/applications` : '/api/applications/mine');
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
    if (!rows.length) show(message, campaign ? '没有您可查看的申报。' : '您还没有提交申报。', 'ok');
  } catch (error) {
    loginHint(error, message);
  }
}

// An applicant account applies only as the enterprise an administrator bound it to: say which, or why it cannot apply.
async function showEnterprise() {
  const box = document.getElementById('enterprise');
  try {
    const enterprise = await api.get('/api/applicant/enterprise');
    show(box, `本账号申报企业：${enterprise.name}（统一社会信用代码 ${enterprise.creditCode}）`, 'ok');
  } catch (error) {
    if (error.status === 404) show(box, error.message, 'error');
  }
}

load();
if (!campaign) showEnterprise();
