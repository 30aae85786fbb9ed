// Publicity of recommended benchmarks, with the objection form while a publicity is open.
'use strict';

const GROUNDS_MIN = 20;
const GROUNDS_MAX = 4000;
const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
const EVIDENCE_NAME = /\.(pdf|jpe?g|png)$/i;

async function loadPublicities() {
  const container = document.getElementById('publicities');
  try {
    const publicities = await fetchJson('/public/api/publicity');
    if (!Array.isArray(publicities)) throw new Error('服务返回了无法识别的内容，请稍后重试。');
    publicities.forEach((p, index) => container.appendChild(renderPublicity(p, index)));
    if (!publicities.length) container.appendChild(el('p', null, '当前没有正在公示的名单。'));
  } catch (error) {
    showMessage(document.getElementById('message'), error.message, 'error');
  } finally {
    document.getElementById('loading').hidden = true;
  }
}

function renderPublicity(p, index) {
  const entries = Array.isArray(p.entries) ? p.entries : [];
  const period = `公示期：${p.startsOn || ''} 至 ${p.endsOn || ''}` + (p.workingDays ? `（${p.workingDays}个工作日）` : '');
  const section = el('section', { class: 'publicity', 'aria-labelledby': `publicity-${index}` },
    el('h2', { id: `publicity-${index}` }, p.title),
    p.organiser ? el('p', { class: 'meta' }, `公示单位：${p.organiser}`) : null,
    el('p', { class: 'meta' }, period, ' ', p.status ? el('span', { class: p.open ? 'badge open' : 'badge' }, p.status) : null),
    p.channels ? el('p', { class: 'meta' }, `发布渠道：${p.channels}`) : null,
    entriesTable(entries));
  section.appendChild(p.open ? objectionForm(entries, index) : el('p', { class: 'hint' }, closedHint(p)));
  return section;
}

// Why no objection is taken now, true to the dates shown: not yet begun, or over.
function closedHint(p) {
  if (p.status === '即将公示') return `公示将于 ${p.startsOn} 开始，公示期内可在本页提出异议。`;
  if (p.status === '公示期满，异议办理中') return '公示期已满，不再受理新的异议；已受理的异议正在办理。';
  return '公示已结束，不再受理异议。';
}

function entriesTable(entries) {
  const body = el('tbody');
  entries.forEach((e, i) => {
    const note = e.note || (e.withdrawn ? '已撤出名单' : '');
    body.appendChild(el('tr', { class: e.withdrawn ? 'withdrawn' : null },
      el('td', null, i + 1),
      el('td', null, e.benchmarkName),
      el('td', null, e.enterpriseName),
      el('td', null, e.recommendingUnit),
      el('td', null, e.category),
      el('td', { class: 'note' }, note)));
  });
  if (!entries.length) body.appendChild(el('tr', null, el('td', { colspan: 6 }, '名单为空。')));
  return el('table', null,
    el('thead', null, el('tr', null, ['序号', '质量标杆名称', '企业名称', '推荐单位', '类别', '备注'].map((h) => el('th', { scope: 'col' }, h)))),
    body);
}

function objectionForm(entries, index) {
  const eligible = entries.filter((e) => !e.withdrawn);
  if (!eligible.length) return el('p', { class: 'hint' }, '名单中没有可提出异议的申报。');
  const id = (name) => `objection-${index}-${name}`;

  const application = el('select', { id: id('application'), required: true },
    el('option', { value: '' }, '请选择'),
    eligible.map((e) => el('option', { value: e.applicationNumber }, `${e.benchmarkName}（${e.enterpriseName}）`)));
  const name = el('input', { type: 'text', id: id('name'), required: true, maxlength: 50, autocomplete: 'name' });
  const organisation = el('input', { type: 'text', id: id('organisation'), maxlength: 100, autocomplete: 'organization' });
  const phone = el('input', { type: 'tel', id: id('phone'), required: true, minlength: 7, maxlength: 30, pattern: '[0-9+\\- ]{7,30}',
    title: '7–30 位，可包含数字、+、- 和空格', autocomplete: 'tel' });
  const email = el('input', { type: 'email', id: id('email'), maxlength: 254, autocomplete: 'email' });
  const grounds = el('textarea', { id: id('grounds'), required: true, minlength: GROUNDS_MIN, maxlength: GROUNDS_MAX, rows: 10,
    'aria-describedby': id('grounds-count') });
  const count = el('p', { id: id('grounds-count'), class: 'hint' });
  const evidence = el('input', { type: 'file', id: id('evidence'), accept: '.pdf,.jpg,.jpeg,.png', 'aria-describedby': id('evidence-hint') });
  const pledge = el('input', { type: 'checkbox', id: id('pledge'), required: true });
  const submit = el('button', { type: 'submit' }, '提交异议');
  const result = el('div', { class: 'message', tabindex: '-1', hidden: true });

  const updateCount = () => {
    const n = grounds.value.length;
    count.textContent = `已输入 ${n} 字，还可输入 ${Math.max(GROUNDS_MAX - n, 0)} 字（不少于 ${GROUNDS_MIN} 字）`;
  };
  grounds.addEventListener('input', updateCount);
  updateCount();

  const report = (children, kind) => {
    result.replaceChildren(...children);
    result.className = kind === 'error' ? 'message error' : 'message ok receipt';
    result.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    result.hidden = false;
    result.scrollIntoView({ block: 'center' });
    result.focus({ preventScroll: true });
  };

  const localProblem = () => {
    const text = grounds.value.trim();
    if (text.length < GROUNDS_MIN) return `异议理由及事实不少于 ${GROUNDS_MIN} 个字。`;
    if (text.length > GROUNDS_MAX) return `异议理由及事实不超过 ${GROUNDS_MAX} 个字。`;
    const file = evidence.files[0];
    if (file && !EVIDENCE_NAME.test(file.name)) return '证明材料仅支持 PDF、JPG、PNG 格式。';
    if (file && file.size > EVIDENCE_MAX_BYTES) return '证明材料不超过 10 MB。';
    if (file && file.size === 0) return '所选证明材料是空文件，请重新选择。';
    return null;
  };

  const form = el('form', { class: 'objection', 'aria-labelledby': id('title') },
    el('h3', { id: id('title') }, '提出异议'),
    el('p', { class: 'hint' }, '公示期内，对名单中的申报有异议的，可在此实名提出，请写明事实依据并留下联系方式。带 * 的为必填项。'),
    result,
    field('异议涉及的申报', application, true),
    field('姓名', name, true),
    field('单位', organisation, false),
    field('联系电话', phone, true),
    field('电子邮箱', email, false),
    field('异议理由及事实', grounds, true, count),
    field('证明材料', evidence, false, el('p', { id: id('evidence-hint'), class: 'hint' }, 'PDF/JPG/PNG，不超过 10 MB')),
    el('div', { class: 'field pledge' }, el('label', null, pledge, ' 本人承诺所提异议内容真实，并愿意配合调查核实', el('span', { class: 'required' }, ' *'))),
    el('p', null, submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problem = localProblem();
    if (problem) { report([problem], 'error'); return; }
    const body = new FormData();
    body.append('applicationNumber', application.value);
    body.append('name', name.value.trim());
    body.append('organisation', organisation.value.trim());
    body.append('phone', phone.value.trim());
    body.append('email', email.value.trim());
    body.append('grounds', grounds.value.trim());
    if (evidence.files[0]) body.append('evidence', evidence.files[0], evidence.files[0].name);
    body.append('pledge', 'true');

    submit.disabled = true;
    submit.textContent = '正在提交…';
    form.setAttribute('aria-busy', 'true');
    try {
      const receipt = await fetchJson('/public/api/objections', { method: 'POST', body }) || {};
      form.reset();
      updateCount();
      report([
        el('p', null, receipt.message || '您的异议已提交。'),
        receipt.number ? el('p', { class: 'receipt-number' }, `异议编号：${receipt.number}`) : null,
        el('p', null, '请妥善保存异议编号：凭异议编号和联系电话可在 ',
          el('a', { href: 'notices.html#lookup' }, '通知公告 · 异议办理进度查询'), ' 查看办理进度。'),
      ].filter(Boolean), 'ok');
    } catch (error) {
      report([error.message], 'error');
    } finally {
      submit.disabled = false;
      submit.textContent = '提交异议';
      form.removeAttribute('aria-busy');
    }
  });
  return form;
}

function field(label, control, required, after) {
  return el('div', { class: 'field' },
    el('label', { for: control.id }, label, required ? el('span', { class: 'required' }, ' *') : null),
    control,
    after);
}

loadPublicities();
