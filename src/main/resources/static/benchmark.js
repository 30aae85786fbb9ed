// Shared by the project's pages: calls /api with the Tasklist login session and shows refusals in Chinese.
const api = {
  async call(method, path, body, contentType) {
    const headers = { 'X-Requested-With': 'XMLHttpRequest' };
    if (contentType) headers['Content-Type'] = contentType;
    let response;
    try {
      response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
    } catch {
      // the browser's own words for a network failure are English
      const error = new Error('无法连接服务器：请检查网络连接后刷新本页重试。');
      error.status = 0;
      throw error;
    }
    const text = await response.text();
    const data = text ? (() => { try { return JSON.parse(text); } catch { return { message: text }; } })() : null;
    if (!response.ok) {
      const error = new Error((data && data.message) || `请求失败（HTTP ${response.status}）`);
      error.status = response.status;
      throw error;
    }
    return data;
  },
  get(path) { return this.call('GET', path); },
  send(method, path, body) { return this.call(method, path, JSON.stringify(body), 'application/json'); },
};

// An instant as people here read it: Beijing time, 2026-12-10 23:59.
function beijing(instant) {
  if (!instant) return '';
  const parts = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(instant));
  const part = type => parts.find(p => p.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

// A deadline at a day's end (the next day's 00:00) as people write it: 2026-06-25 24:00.
function deadline(instant) {
  const shown = beijing(instant);
  if (!shown.endsWith(' 00:00')) return shown;
  const day = new Date(new Date(instant).getTime() - 60000);
  return `${beijing(day).slice(0, 10)} 24:00`;
}

function beijingDate(instant) {
  return beijing(instant).slice(0, 10);
}

function show(element, message, kind) {
  element.textContent = message;
  element.className = `message ${kind}`;
  element.hidden = !message;
}

function cell(row, value) {
  const td = document.createElement('td');
  if (value instanceof Node) td.appendChild(value); else td.textContent = value ?? '';
  row.appendChild(td);
  return td;
}

function link(href, text) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function loginHint(error, element) {
  show(element, error.status === 401 ? '请先登录 Camunda 任务列表（/camunda/app/tasklist/），再打开本页。' : error.message, 'error');
}
