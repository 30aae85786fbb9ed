// Camunda Forms in Tasklist for the people of this procedure: form-js's English messages, placeholders and date
// picker in Chinese; a server refusal without the engine's prefix, only the latest one, where the user is looking;
// links out of a form open in a new tab, and a start form keeps a draft in the browser, so nothing typed is lost.
const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must match pattern (.*)\.$/, m => patternMessage(m[1])],
  [/^Field must have minimum length of (\d+)\.$/, m => `至少填写 ${m[1]} 个字。`],
  [/^Field must have maximum length of (\d+)\.$/, m => `不得超过 ${m[1]} 个字。`],
  [/^Field must have minimum value of (.+)\.$/, m => `不得小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, m => `不得大于 ${m[1]}。`],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number.*$/, () => '请填写有效的电话号码。'],
  [/^Cannot (?:instantiate process definition|submit task form|complete task|submit form)\s+\S+:\s*/, () => ''],
  // the engine's refusal of a claim or a completion by someone the task is not for
  [/^The user with id '([^']*)' does not have (?:one of the following permissions|the following permission)?.*$/s,
    m => `您（${m[1]}）无权办理此任务：它由其他单位或人员办理。请在“我的待办”中选择分配给您或您所在单位的任务。`]
];
const WORDS = {
  Search: '搜索', Select: '请选择', Close: '关闭', 'mm/dd/yyyy': '月/日/年', 'hh:mm': '时:分',
  January: '一月', February: '二月', March: '三月', April: '四月', May: '五月', June: '六月', July: '七月',
  August: '八月', September: '九月', October: '十月', November: '十一月', December: '十二月',
  Sun: '日', Mon: '一', Tue: '二', Wed: '三', Thu: '四', Fri: '五', Sat: '六'
};

function patternMessage(pattern) {
  if (pattern.includes('0-9A-HJ-NP-RTUWXY')) {
    return '统一社会信用代码须为 18 位数字或大写字母（不含 I、O、Z、S、V）。';
  }
  if (pattern.includes('https?')) {
    return '须为以 http:// 或 https:// 开头的网址。';
  }
  if (pattern.includes('0-9+')) {
    return '电话号码只能包含数字、空格、+、- 和括号，7 至 20 位。';
  }
  return '格式不符合要求，请按提示填写。';
}

function translate(text) {
  const trimmed = text.trim();
  if (WORDS[trimmed]) {
    return text.replace(trimmed, WORDS[trimmed]);
  }
  for (const [pattern, chinese] of MESSAGES) {
    const match = pattern.exec(trimmed);
    if (match) {
      return match[0].length === trimmed.length ? chinese(match) : trimmed.replace(pattern, chinese(match));
    }
  }
  return text;
}

function translateTree(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const chinese = translate(node.nodeValue);
    if (chinese !== node.nodeValue) {
      node.nodeValue = chinese;
    }
  }
  root.querySelectorAll?.('[placeholder]').forEach(input => {
    const chinese = translate(input.getAttribute('placeholder'));
    if (chinese !== input.getAttribute('placeholder')) {
      input.setAttribute('placeholder', chinese);
    }
  });
}

/** The newest refusal shows, in view; the ones before it are hidden (Tasklist keeps them in its own list). */
function showLatestAlert(alert) {
  document.querySelectorAll('.alert-danger').forEach(old => {
    if (old !== alert && !old.classList.contains('ng-hide') && old.parentElement === alert.parentElement) {
      old.style.display = 'none';
    }
  });
  alert.scrollIntoView({ block: 'center' });
}

new MutationObserver(mutations => {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData') {
      const chinese = translate(mutation.target.nodeValue);
      if (chinese !== mutation.target.nodeValue) {
        mutation.target.nodeValue = chinese;
      }
      continue;
    }
    mutation.addedNodes.forEach(node => {
      if (node.nodeType === Node.TEXT_NODE) {
        const chinese = translate(node.nodeValue);
        if (chinese !== node.nodeValue) {
          node.nodeValue = chinese;
        }
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        translateTree(node);
        // Tasklist adds a notification first and gives it its kind (alert-danger) a moment later
        const alert = node.matches('.alert') ? node : node.querySelector('.alert');
        if (alert) {
          setTimeout(() => {
            if (alert.classList.contains('alert-danger') && alert.isConnected) {
              showLatestAlert(alert);
            }
          }, 100);
        }
      }
    });
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true });

document.addEventListener('click', event => {
  const link = event.target.closest?.('.fjs-container a[href], .fjs-form a[href]');
  if (link && !link.target) {
    event.preventDefault();
    window.open(link.href, '_blank', 'noopener');
  }
}, true);

// Drafts of start forms (task forms have Tasklist's own 保存): every change is kept in this browser until the process
// starts; opening the form again offers 恢复草稿.
const DRAFT = 'benchmark-draft:';

function fieldKey(input) {
  const match = /Field_[A-Za-z0-9_]+?(?:-\d+)?$/.exec(input.id || '');
  return match ? match[0] : null;
}

function startFormTitle(form) {
  const title = form.closest('.modal-content')?.querySelector('.modal-title, .modal-header h3, .modal-header');
  const text = title?.textContent.trim() || '';
  return text.startsWith('发起流程') ? text : null;
}

function saveDraft(form) {
  const title = startFormTitle(form);
  if (!title) {
    return;
  }
  const values = {};
  form.querySelectorAll('input, textarea').forEach(input => {
    const key = fieldKey(input);
    if (key && (input.type === 'checkbox' || input.type === 'radio')) {
      values[key] = input.checked;
    } else if (key && input.type !== 'hidden') {
      values[key] = input.value;
    }
  });
  localStorage.setItem(DRAFT + title, JSON.stringify({ savedAt: new Date().toISOString(), values }));
}

// One field at a time: form-js takes a typed value after a short pause, and a value set while another field's is
// still pending is drawn over by the form's next render.
async function restoreDraft(form, draft) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const setText = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
  for (const [key, value] of Object.entries(draft.values)) {
    const input = form.querySelector(`[id$="${key}"]`);
    if (!input || input.closest('.fjs-form-field-select, .fjs-form-field-datetime')) {
      continue;
    }
    if (input.type === 'checkbox' || input.type === 'radio') {
      if (input.checked !== value) {
        input.click();
        await new Promise(resolve => setTimeout(resolve, 100));
      }
    } else if (input.value !== value) {
      (input.tagName === 'TEXTAREA' ? setText : setValue).call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise(resolve => setTimeout(resolve, 500));
    }
  }
}

// once per opening of the form: after 恢复草稿 or 丢弃草稿 the bar stays away (the draft itself is kept up to date)
const offered = new WeakSet();

function offerDraft(form) {
  const title = startFormTitle(form);
  const draft = title && JSON.parse(localStorage.getItem(DRAFT + title) || 'null');
  if (!draft || offered.has(form)) {
    return;
  }
  offered.add(form);
  const bar = document.createElement('div');
  bar.className = 'benchmark-draft alert alert-info';
  const saved = new Date(draft.savedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' });
  bar.append(`此表单有 ${saved} 保存的草稿（下拉选项和日期需重新选择）。 `);
  const restore = document.createElement('button');
  restore.type = 'button';
  restore.className = 'btn btn-default btn-sm';
  restore.textContent = '恢复草稿';
  restore.addEventListener('click', async () => {
    restore.disabled = true;
    restore.textContent = '正在恢复…';
    try {
      await restoreDraft(form, draft);
    } finally {
      bar.remove();
    }
  });
  const discard = document.createElement('button');
  discard.type = 'button';
  discard.className = 'btn btn-link btn-sm';
  discard.textContent = '丢弃草稿';
  discard.addEventListener('click', () => { localStorage.removeItem(DRAFT + title); bar.remove(); });
  bar.append(restore, ' ', discard);
  form.prepend(bar);
}

// After an application is started, Tasklist says only 流程已启动。: add the number it was given, and where it goes on.
// The number is the business key the engine answers the start with; the applicant's list before and after is the
// fallback where the answer cannot be read.
let knownApplications = null;
let startedNumber = null;

const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function (...body) {
  this.addEventListener('load', () => {
    if (/\/process-definition\/.+\/submit-form(?:\?.*)?$/.test(this.responseURL || '') && this.status === 200) {
      try {
        const key = JSON.parse(this.responseText).businessKey;
        startedNumber = /^\d{4}-[a-z]+-\d{4}$/.test(key || '') ? key : null;
      } catch (e) {
        startedNumber = null;
      }
    }
  });
  return send.apply(this, body);
};

async function myApplications() {
  const response = await fetch('/api/applications/mine', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .catch(() => null);
  return response && response.ok ? (await response.json()).map(a => a.number) : null;
}

async function announceNumber() {
  const before = knownApplications || [];
  knownApplications = null;
  const number = startedNumber || (await myApplications() || []).find(n => !before.includes(n));
  startedNumber = null;
  if (!number) {
    return;
  }
  const text = `申报已提交，申报编号 ${number}。请在“我的待办”中打开“上传申报材料 ${number}”上传材料；申报进度见“我的申报”。`;
  const done = [...document.querySelectorAll('.alert-success, .notifications .alert')]
    .find(alert => alert.textContent.includes('流程已启动'));
  const note = document.createElement('div');
  note.className = 'benchmark-started alert alert-success';
  note.setAttribute('role', 'status');
  note.textContent = text;
  if (done) {
    done.append(' ', Object.assign(document.createElement('strong'), { textContent: text }));
  }
  (document.querySelector('.tasks-list, [cam-tasks]')?.parentElement || document.body).prepend(note);
  setTimeout(() => note.remove(), 60000);
}

let pendingStart = null;
document.addEventListener('input', event => {
  const form = event.target.closest?.('.modal-content .fjs-form');
  if (form) {
    saveDraft(form);
  }
}, true);
document.addEventListener('click', event => {
  const button = event.target.closest?.('.modal-content button');
  const form = button?.closest('.modal-content')?.querySelector('.fjs-form');
  if (form && button.textContent.trim() === '启动') {
    saveDraft(form);
    pendingStart = startFormTitle(form);
  }
}, true);
setInterval(() => {
  document.querySelectorAll('.modal-content .fjs-form').forEach(offerDraft);
  if (document.querySelector('.modal-content .fjs-form') && knownApplications === null) {
    knownApplications = [];
    myApplications().then(numbers => { knownApplications = numbers || []; });
  }
  if (pendingStart && !document.querySelector('.modal-content .fjs-form') && !document.querySelector('.alert-danger:not(.ng-hide)')) {
    localStorage.removeItem(DRAFT + pendingStart);
    if (pendingStart.includes('质量标杆申报')) {
      announceNumber();
    }
    pendingStart = null;
  }
}, 1000);

export default [];
