// An expert's own reviews with their 评分表; with ?campaign= the office's view of a campaign's reviews and the exports.
const campaign = new URLSearchParams(location.search).get('campaign');
const message = document.getElementById('message');
const STATUS = { ASSIGNED: '待评审', SUBMITTED: '已提交', RECUSED: '已回避', REASSIGNED: '已改派' };

async function load() {
  try {
    let rows;
    if (campaign) {
      document.getElementById('title').textContent = `${campaign} 的评审`;
      const base = `/api/campaigns/${encodeURIComponent(campaign)}/scores.xlsx?stage=`;
      document.getElementById('export-material').href = base + 'MATERIAL';
      document.getElementById('export-defense').href = base + 'DEFENSE';
      document.getElementById('exports').hidden = false;
      rows = (await api.get(`/api/campaigns/${encodeURIComponent(campaign)}/reviews`))
        .map(r => ({ id: r.id, application: r.application, stage: r.stage === 'MATERIAL' ? '资料评审' : '答辩评审',
          expert: `${r.expertName}（${r.expert}）`, status: r.status, late: r.late }));
    } else {
      rows = (await api.get('/api/reviews/mine')).map(r => ({ ...r, expert: '本人' }));
    }
    const body = document.getElementById('reviews');
    for (const r of rows) {
      const row = document.createElement('tr');
      cell(row, r.application);
      cell(row, r.stage);
      cell(row, r.expert);
      cell(row, STATUS[r.status] + (r.late ? '（逾期）' : ''));
      cell(row, link(`/api/reviews/${encodeURIComponent(r.id)}/score-sheet.pdf`, '评分表'));
      body.appendChild(row);
    }
    if (!rows.length) show(message, '没有评审。', 'ok');
  } catch (error) {
    loginHint(error, message);
  }
}

load();
