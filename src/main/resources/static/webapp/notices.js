// Notices for the office and the administrators in Tasklist, Cockpit and Admin: in the page header of every page once
// logged in, while they apply (a missing holiday arrangement, calendar.CalendarReadiness). In the header, so that it
// never covers a button of the page. Loaded by each webapp's config.js.
const ID = 'benchmark-notices';
let current = null;

async function load() {
  const response = await fetch('/api/calendar/readiness', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .catch(() => null);
  const readiness = response && response.ok ? await response.json() : null;
  current = readiness && readiness.tellUser ? readiness : null;
  place();
}

function notice(readiness) {
  const link = document.createElement('a');
  link.id = ID;
  link.href = readiness.page;
  link.target = '_blank';
  link.rel = 'noopener';
  link.title = readiness.message;
  link.setAttribute('role', 'alert');
  link.textContent = `⚠ 工作日历缺少 ${readiness.missingYears.join('、')} 年的国务院节假日安排（打开工作日历）`;
  link.style.cssText = 'display:inline-block;margin:12px 0 0 16px;padding:2px 10px;border-radius:3px;'
    + 'background:#fdecea;color:#8a1f11;border:1px solid #d9534f;font-size:13px;text-decoration:none';
  return link;
}

function place() {
  const existing = document.getElementById(ID);
  const header = document.querySelector('.navbar-header');
  if (!current || !header) {
    if (!current) {
      existing?.remove();
    }
    return;
  }
  if (existing && header.contains(existing)) {
    return;
  }
  existing?.remove();
  header.appendChild(notice(current));
}

load();
window.addEventListener('hashchange', load);
setInterval(place, 1000);
setInterval(load, 5 * 60 * 1000);

export default [];
