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

load();
