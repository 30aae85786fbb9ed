// Shared by the project's pages: calls /api with the Tasklist login session and shows refusals in Chinese.
const api = {
  async call(method, path, body, contentType) {
    const headers = { 'X-Requested-With': 'XMLHttpRequest' };
    if (contentType) headers['Content-Type'] = contentType;
    const response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
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
};

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
