// Notices for the office and the administrators in Tasklist, Cockpit and Admin: shown on every page once logged in,
// while they apply (a missing holiday arrangement, calendar.CalendarReadiness). Loaded by each webapp's config.js.
const ID = 'benchmark-notices';

async function readiness() {
  const response = await fetch('/api/calendar/readiness', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : null;
}

function banner(message, page) {
  const box = document.createElement('div');
  box.id = ID;
  box.setAttribute('role', 'alert');
  box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;z-index:2000;padding:8px 16px;background:#fdecea;'
    + 'color:#8a1f11;border-top:2px solid #d9534f;font-size:14px;text-align:center';
  const link = document.createElement('a');
  link.href = page;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = '打开工作日历';
  link.style.marginLeft = '1em';
  box.append(message, link);
  return box;
}

async function refresh() {
  const answer = await readiness().catch(() => null);
  document.getElementById(ID)?.remove();
  if (answer && answer.tellUser) {
    document.body.appendChild(banner(answer.message, answer.page));
  }
}

refresh();
window.addEventListener('hashchange', refresh);

export default [];
