// The campaigns this user follows (/api/campaigns), each linking on to the pages its role has use for.
const LINKS = {
  OFFICE: c => [[`/campaign.html?campaign=${c}`, '进度与评审安排'], [`/applications.html?campaign=${c}`, '申报一览'],
    [`/dashboard.html?campaign=${c}`, '统计'], [`/reviews.html?campaign=${c}`, '评审与评分表']],
  READER: c => [[`/campaign.html?campaign=${c}`, '进度'], [`/applications.html?campaign=${c}`, '申报一览'],
    [`/dashboard.html?campaign=${c}`, '统计']],
  UNIT: c => [[`/applications.html?campaign=${c}`, '本单位的申报']]
};

async function load() {
  const message = document.getElementById('message');
  try {
    const campaigns = await api.get('/api/campaigns');
    const body = document.getElementById('campaigns');
    for (const c of campaigns) {
      const row = document.createElement('tr');
      const name = document.createElement('span');
      name.append(c.title, document.createElement('br'));
      const number = document.createElement('span');
      number.className = 'hint';
      number.textContent = c.number;
      name.append(number);
      cell(row, name);
      cell(row, c.organiser);
      cell(row, c.statusName);
      cell(row, `${c.applicationOpens} 至 ${c.applicationCloses}` + (c.applicationClosedOn && c.applicationClosedOn !== c.applicationCloses
        ? `（实际已于 ${c.applicationClosedOn} 截止）` : ''));
      cell(row, c.recommendationDeadline);
      const links = document.createElement('span');
      LINKS[c.role](encodeURIComponent(c.number)).forEach(([href, text], i) => {
        if (i) links.append(' · ');
        links.append(link(href, text));
      });
      cell(row, links);
      body.appendChild(row);
    }
    if (!campaigns.length) show(message, '没有您可查看的遴选活动。', 'ok');
  } catch (error) {
    loginHint(error, message);
  }
}

load();
