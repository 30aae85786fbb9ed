// 审计追踪: the full history of any case — its decisions with their reasons, the e-mail notices sent, activities with who and when,
// variable changes, the user operation log, a campaign's applications stage by stage — and its dossier as JSON or
// CSV. Data: /api/audit (session).
const PATH = '/audit-trail';

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => node.setAttribute(key, value));
  children.flat().forEach(child => node.append(child instanceof Node ? child : document.createTextNode(child ?? '')));
  return node;
}

function time(value) {
  return value ? new Date(value).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '';
}

function table(headers, rows) {
  return el('table', { class: 'table table-striped table-condensed cam-table' },
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(row => el('tr', {}, row.map(cell => el('td', {}, cell))))));
}

async function json(url, api) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken } });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new Error(body.message || `HTTP ${response.status}`);
  }
  return response.json();
}

const NOTICE_STATUS = { PENDING: '待发送', SENT: '已发送', FAILED: '发送失败（已停止重试）', NO_ADDRESS: '未发送：用户未登记电子邮箱' };

async function showCase(key, out, api) {
  out.replaceChildren(el('p', {}, '加载中…'));
  try {
    const dossier = await json(`/api/audit/cases/${encodeURIComponent(key)}`, api);
    const c = dossier.trail.caseInfo;
    const parts = [
      el('h3', {}, `${c.processName}（第 ${c.version} 版）· ${c.businessKey || c.processInstanceId} · ${c.stateName}`),
      el('p', {}, `开始 ${time(c.start)}${c.startedBy ? '（' + c.startedBy + '）' : ''}　结束 ${time(c.end)}　`,
        el('a', { href: `/api/audit/cases/${encodeURIComponent(key)}/dossier.json`, class: 'btn btn-default btn-sm' }, '下载案卷 JSON'), ' ',
        el('a', { href: `/api/audit/cases/${encodeURIComponent(key)}/dossier.csv`, class: 'btn btn-default btn-sm' }, '下载案卷 CSV')),
      el('h4', {}, '决策与理由'),
      dossier.decisions.length === 0 ? el('p', { class: 'audit-no-decisions' }, '本案卷尚无决策。')
        : table(['时间', '环节', '决定人', '决定', '理由'], dossier.decisions.map(d =>
          [time(d.time), d.stage || '', d.userId && d.userName ? `${d.userName}（${d.userId}）` : d.userId || d.userName || '', d.decision || '', d.reason || ''])),
      el('h4', {}, '通知'),
      (dossier.notices || []).length === 0 ? el('p', { class: 'audit-no-notices' }, '本案卷没有发出通知。')
        : table(['写入时间', '收件人', '主题', '状态', '发送时间', '尝试次数'], dossier.notices.map(n =>
          [time(n.createdAt), n.recipientAddress ? `${n.recipientUser} <${n.recipientAddress}>` : n.recipientUser, n.subject,
            NOTICE_STATUS[n.status] || n.status, time(n.sentAt), String(n.attempts)])),
      el('h4', {}, '环节'),
      table(['开始', '结束', '环节', '类型', '办理人', '结果'], dossier.trail.activities.map(a =>
        [time(a.start), time(a.end), a.name || a.typeName, a.typeName, a.assignee || '', a.outcomeName || ''])),
      el('h4', {}, '数据变更'),
      table(['时间', '数据项', '值'], dossier.trail.variables.map(v => [time(v.time), v.label, (v.value || '').slice(0, 300)])),
      el('h4', {}, '用户操作日志'),
      table(['时间', '用户', '操作', '对象', '属性', '原值 → 新值'], dossier.trail.operations.map(o =>
        [time(o.time), o.user || '', o.operationName, o.entityName || '', o.propertyName || '', `${o.from || ''} → ${o.to || ''}`]))
    ];
    if (dossier.campaignStages) {
      parts.push(el('h4', {}, '各阶段申报'), table(['状态', '申报'],
        Object.entries(dossier.campaignStages).map(([status, numbers]) => [status, numbers.join('　')])));
    }
    out.replaceChildren(...parts);
  } catch (error) {
    out.replaceChildren(el('p', { class: 'alert alert-danger' }, error.message));
  }
}

async function showRecent(list, out, api) {
  try {
    const cases = await json(`${api.engineApi}/history/process-instance?sortBy=startTime&sortOrder=desc&maxResults=50`, api);
    list.replaceChildren(table(['开始', '流程', '业务键', '状态'], cases.map(c => {
      const link = el('a', { href: '#' + PATH }, c.businessKey || c.id);
      link.addEventListener('click', event => { event.preventDefault(); showCase(c.id, out, api); });
      return [time(c.startTime), c.processDefinitionName || c.processDefinitionKey, link, c.state];
    })));
  } catch (error) {
    list.replaceChildren(el('p', { class: 'alert alert-danger' }, error.message));
  }
}

export default [{
  id: 'benchmark.auditTrail.navigation',
  pluginPoint: 'cockpit.navigation',
  priority: 5,
  properties: { pagePath: '#' + PATH, label: '审计追踪', checkActive: path => path.indexOf('#' + PATH) > -1 }
}, {
  id: 'benchmark.auditTrail.route',
  pluginPoint: 'cockpit.route',
  properties: { path: PATH, label: '审计追踪' },
  render: (node, { api }) => {
    const input = el('input', { type: 'text', class: 'form-control audit-key', placeholder: '业务键（如 2026-national-0001）或流程实例 ID', style: 'max-width: 32em; display: inline-block' });
    const button = el('button', { class: 'btn btn-primary', style: 'margin-left: .5em' }, '查看');
    const out = el('div', { class: 'audit-case' });
    const list = el('div', { class: 'audit-recent' });
    button.addEventListener('click', () => input.value && showCase(input.value.trim(), out, api));
    node.replaceChildren(el('div', { style: 'padding: 1em 2em' },
      el('h2', {}, '审计追踪'), el('p', {}, '任一案卷（运行中或已结束）的完整记录：决策与理由、环节、办理人、数据变更、用户操作日志；可下载案卷。'),
      el('div', {}, input, button), out, el('h3', {}, '最近的案卷'), list));
    showRecent(list, out, api);
  }
}];
