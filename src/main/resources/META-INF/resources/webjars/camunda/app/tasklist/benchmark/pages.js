// The project's pages each role works with, linked in Tasklist's header so nobody types an address: the office's
// campaigns and their progress, a unit's campaigns, an applicant's own applications, an expert's reviews. Each opens in
// a new tab, so the task being worked on stays as it is.
const ID = 'benchmark-pages';
let links = [];

async function json(path) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).catch(() => null);
  return response && response.ok ? response.json() : null;
}

async function load() {
  const [campaigns, enterprise, reviews] = await Promise.all([json('/api/campaigns'), json('/api/applicant/enterprise'),
    json('/api/reviews/mine')]);
  links = [];
  if (campaigns && campaigns.some(c => c.role === 'OFFICE' || c.role === 'READER')) {
    links.push(['/campaigns.html', '遴选活动与进度']);
  } else if (campaigns && campaigns.length) {
    links.push(['/campaigns.html', '本单位的推荐']);
  }
  if (enterprise) {
    links.push(['/applications.html', '我的申报']);
  }
  if (reviews && reviews.length) {
    links.push(['/reviews.html', '我的评审与评分表']);
  }
  place();
}

function bar() {
  const nav = document.createElement('span');
  nav.id = ID;
  nav.style.cssText = 'display:inline-block;margin:14px 0 0 16px;font-size:13px';
  links.forEach(([href, text], i) => {
    if (i) nav.append(' · ');
    const a = document.createElement('a');
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = text;
    nav.append(a);
  });
  return nav;
}

function place() {
  const header = document.querySelector('.navbar-header');
  const existing = document.getElementById(ID);
  if (!header || !links.length) {
    existing?.remove();
    return;
  }
  if (!existing || !header.contains(existing)) {
    existing?.remove();
    header.appendChild(bar());
  }
}

load();
// Tasklist logs in without reloading the page: look again once there is a session, not on every click after
window.addEventListener('hashchange', () => { if (!links.length) load(); });
setInterval(place, 1000);

export default [];
