// Shared by the public pages: JSON requests with Chinese error messages, and small DOM helpers.
// Server text only ever reaches the page through textContent (see el()).
'use strict';

const GENERIC_ERRORS = {
  400: '提交的内容不符合要求，请检查后重试。',
  404: '未找到请求的内容。',
  409: '当前状态下无法完成该操作。',
  413: '提交的文件过大，请上传不超过 10 MB 的文件。',
  429: '操作过于频繁，请稍后再试。',
};

// Server messages are shown only when they are Chinese; English framework defaults are replaced.
function readableMessage(data, status) {
  const text = data && typeof data.message === 'string' ? data.message.trim() : '';
  if (text && /[\u4e00-\u9fff]/.test(text)) return text;
  return GENERIC_ERRORS[status] || '服务暂时不可用，请稍后重试。';
}

async function fetchJson(path, options) {
  const init = Object.assign({ credentials: 'same-origin' }, options);
  init.headers = Object.assign({ 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, init.headers);
  let response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    throw requestError('网络连接失败，请检查网络后重试。', 0);
  }
  const text = await response.text();
  let data = null;
  let parsed = true;
  if (text) {
    try { data = JSON.parse(text); } catch (e) { parsed = false; }
  }
  if (!response.ok) throw requestError(readableMessage(data, response.status), response.status);
  if (!parsed) throw requestError('服务返回了无法识别的内容，请稍后重试。', response.status);
  return data;
}

function requestError(message, status) {
  const error = new Error(message);
  error.status = status;
  return error;
}

// el('a', {href: 'x.html', class: 'y'}, 'text', otherNode) — strings become text nodes, never markup.
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function showMessage(element, text, kind) {
  element.textContent = text || '';
  element.className = `message ${kind || 'ok'}`;
  element.hidden = !text;
}

// '2025-12-20' → '2025年12月20日'; anything else is returned unchanged.
function chineseDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : (iso || '');
}

function queryParameter(name) {
  return new URLSearchParams(location.search).get(name);
}
