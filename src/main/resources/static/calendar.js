// The working-day calendar: the years loaded, and (administrators) a new year typed from the State Council's notice.
const FESTIVALS = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];

function input(type, value, attributes) {
  const element = document.createElement('input');
  element.type = type;
  element.value = value || '';
  Object.entries(attributes || {}).forEach(([key, v]) => element.setAttribute(key, v));
  return element;
}

function festivalRow(name) {
  const row = document.createElement('tr');
  cell(row, input('text', name, { size: 8, 'aria-label': '节日名称' }));
  cell(row, input('date', '', { 'aria-label': '放假首日' }));
  cell(row, input('date', '', { 'aria-label': '放假末日' }));
  cell(row, input('text', '', { size: 28, placeholder: '如：2027-02-06、2027-02-20', 'aria-label': '调休上班日' }));
  document.querySelector('#festivals tbody').appendChild(row);
}

function days(year, kind) {
  return year.days.filter(d => d.kind === kind).map(d => `${d.date}（${d.note}）`).join('、');
}

async function showYears() {
  const tbody = document.getElementById('years');
  tbody.replaceChildren();
  for (const year of await api.get('/api/calendar/years')) {
    const row = document.createElement('tr');
    cell(row, String(year.year));
    cell(row, year.noticeNumber);
    cell(row, year.source);
    cell(row, year.addedBy || '');
    cell(row, year.addedAt ? new Date(year.addedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '');
    cell(row, String(year.workingDays));
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = `放假 ${year.days.filter(d => d.kind === 'HOLIDAY').length} 天，调休上班 ${year.days.filter(d => d.kind === 'WORKDAY').length} 天`;
    const text = document.createElement('p');
    text.textContent = `放假：${days(year, 'HOLIDAY')}。调休上班：${days(year, 'WORKDAY') || '无'}。`;
    details.append(summary, text);
    cell(row, details);
    tbody.appendChild(row);
  }
}

function form() {
  const festivals = [...document.querySelectorAll('#festivals tbody tr')].map(row => {
    const [name, first, last, workdays] = row.querySelectorAll('input');
    return {
      name: name.value,
      firstDay: first.value,
      lastDay: last.value,
      workdays: workdays.value.split(/[、,，;；\s]+/).filter(d => d)
    };
  });
  const year = document.getElementById('year').value;
  return { year: year ? Number(year) : null, noticeNumber: document.getElementById('notice').value, festivals };
}

async function submit() {
  const message = document.getElementById('message');
  try {
    const added = await api.call('POST', '/api/calendar/years', JSON.stringify(form()), 'application/json');
    show(message, `已录入 ${added.year} 年的安排（全年 ${added.workingDays} 个工作日）` +
      (added.resumedCases ? `，${added.resumedCases} 项等待中的公示将自动发布。` : '。'), 'ok');
    document.querySelectorAll('#festivals input').forEach(input => { if (input.getAttribute('aria-label') !== '节日名称') input.value = ''; });
    document.getElementById('year').value = '';
    document.getElementById('notice').value = '';
    await showYears();
    await showReadiness();
  } catch (error) {
    show(message, error.message, 'error');
  }
  message.scrollIntoView({ block: 'nearest' });
}

async function showReadiness() {
  const readiness = await api.get('/api/calendar/readiness');
  show(document.getElementById('readiness'), readiness.message || '', 'error');
  document.getElementById('add').hidden = !readiness.canAdd;
  if (readiness.canAdd && !document.getElementById('year').value) {
    document.getElementById('year').value = readiness.missingYears[0] || '';
  }
}

document.addEventListener('DOMContentLoaded', async () => {
  FESTIVALS.forEach(festivalRow);
  document.getElementById('addRow').addEventListener('click', () => festivalRow(''));
  document.getElementById('submit').addEventListener('click', submit);
  try {
    await showYears();
    await showReadiness();
  } catch (error) {
    loginHint(error, document.getElementById('readiness'));
  }
});
