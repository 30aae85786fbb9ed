// 申报单位账号: administrators create an enterprise's applicant account bound to its enterprise (unified social
// credit code and name), bind an account made under 用户, and see every applicant account with its enterprise. An
// account applies only as its enterprise; an unbound one cannot apply. Data: /api/admin/applicant-accounts (session).
const PATH = '/applicant-accounts';

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => node.setAttribute(key, value));
  children.flat().forEach(child => node.append(child instanceof Node ? child : document.createTextNode(child ?? '')));
  return node;
}

async function call(method, url, api, body) {
  const headers = { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken, 'X-Requested-With': 'XMLHttpRequest' };
  if (body) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, { method, credentials: 'same-origin', headers, body: body && JSON.stringify(body) });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(answer.message || `HTTP ${response.status}`);
  return answer;
}

function field(id, label, type = 'text') {
  return el('div', { class: 'form-group' }, el('label', { for: id }, label),
    el('input', { id, type, class: 'form-control', style: 'max-width: 28em', autocomplete: 'off' }));
}

function values(form, ids) {
  return Object.fromEntries(ids.map(id => [id, form.querySelector('#' + id).value.trim()]));
}

function say(box, text, ok) {
  box.replaceChildren(el('p', { class: ok ? 'alert alert-success' : 'alert alert-danger' }, text));
}

async function showAccounts(out, api, bindForm) {
  try {
    const accounts = await call('GET', '/api/admin/applicant-accounts', api);
    const rows = accounts.map(a => {
      const bind = el('a', { href: '#' + PATH, class: 'bind-account' }, a.enterprise ? '更正企业' : '绑定企业');
      bind.addEventListener('click', event => {
        event.preventDefault();
        bindForm.querySelector('#bindUserId').value = a.userId;
        bindForm.querySelector('#bindEnterpriseName').value = a.enterprise ? a.enterprise.name : '';
        bindForm.querySelector('#bindCreditCode').value = a.enterprise ? a.enterprise.creditCode : '';
        bindForm.scrollIntoView();
      });
      return el('tr', {}, el('td', {}, a.userId), el('td', {}, a.contactName || ''),
        el('td', {}, a.enterprise ? a.enterprise.name : el('strong', {}, '未绑定：不能申报')),
        el('td', {}, a.enterprise ? a.enterprise.creditCode : ''),
        el('td', {}, a.exists ? (a.boundBy ? `${a.boundBy} ${new Date(a.boundAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}` : '') : '账号已删除'),
        el('td', {}, a.exists ? bind : ''));
    });
    out.replaceChildren(el('table', { class: 'table table-striped table-condensed cam-table applicant-accounts' },
      el('thead', {}, el('tr', {}, ['账号', '联系人', '企业名称', '统一社会信用代码', '绑定人、时间', ''].map(h => el('th', {}, h)))),
      el('tbody', {}, rows)));
  } catch (error) {
    say(out, error.message, false);
  }
}

function render(node, api) {
  const createMessage = el('div', { class: 'create-message' });
  const bindMessage = el('div', { class: 'bind-message' });
  const list = el('div', {});
  const create = el('form', { class: 'create-account' },
    field('userId', '账号（登录名，3–64 位字母、数字、- 或 _）'), field('password', '初始密码（至少 8 位）', 'password'),
    field('contactName', '联系人'), field('email', '电子邮箱（可选）'), field('enterpriseName', '企业名称（全称）'),
    field('creditCode', '统一社会信用代码（18 位）'), el('button', { type: 'submit', class: 'btn btn-primary' }, '创建申报账号'),
    createMessage);
  const bind = el('form', { class: 'bind-account-form' },
    field('bindUserId', '账号'), field('bindEnterpriseName', '企业名称（全称）'), field('bindCreditCode', '统一社会信用代码（18 位）'),
    el('button', { type: 'submit', class: 'btn btn-default' }, '绑定企业'), bindMessage);
  create.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const answer = await call('POST', '/api/admin/applicant-accounts', api,
        values(create, ['userId', 'password', 'contactName', 'email', 'enterpriseName', 'creditCode']));
      say(createMessage, answer.message, true);
      create.reset();
      showAccounts(list, api, bind);
    } catch (error) {
      say(createMessage, error.message, false);
    }
  });
  bind.addEventListener('submit', async event => {
    event.preventDefault();
    const given = values(bind, ['bindUserId', 'bindEnterpriseName', 'bindCreditCode']);
    try {
      const answer = await call('PUT', `/api/admin/applicant-accounts/${encodeURIComponent(given.bindUserId)}/enterprise`, api,
        { enterpriseName: given.bindEnterpriseName, creditCode: given.bindCreditCode });
      say(bindMessage, answer.message, true);
      showAccounts(list, api, bind);
    } catch (error) {
      say(bindMessage, error.message, false);
    }
  });
  node.replaceChildren(el('div', { style: 'padding: 1em 2em' },
    el('h2', {}, '申报单位账号'),
    el('p', {}, '申报单位（企业）的账号由管理员创建，创建时绑定企业的统一社会信用代码和名称，每个企业一个账号。账号只能以所绑定的企业申报；'
      + '在“用户”中新建的账号须在此绑定企业后才能申报。已提交申报的账号不能改绑其他企业（企业更名可更正名称）。'),
    el('h3', {}, '新建申报账号'), create,
    el('h3', {}, '为已有账号绑定企业'), bind,
    el('h3', {}, '全部申报账号'), list));
  showAccounts(list, api, bind);
}

export default [{
  id: 'benchmark.applicantAccounts.dashboard',
  pluginPoint: 'admin.dashboard.section',
  priority: 5,
  properties: { label: '申报单位账号', pagePath: '#' + PATH },
  render: node => node.replaceChildren(el('p', {}, '创建申报单位（企业）账号并绑定企业；为已有账号绑定企业。'),
    el('a', { href: '#' + PATH, class: 'applicant-accounts-link' }, '管理申报单位账号'))
}, {
  id: 'benchmark.applicantAccounts.route',
  pluginPoint: 'admin.route',
  properties: { path: PATH, label: '申报单位账号' },
  render: (node, { api }) => render(node, api)
}];
