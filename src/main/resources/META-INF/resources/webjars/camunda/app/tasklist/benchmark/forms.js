// Camunda Forms in Tasklist for the people of this procedure: form-js's English messages, placeholders and date
// picker in Chinese; a server refusal without the engine's prefix, only the latest one, where the user is looking;
// links out of a form open in a new tab, so nothing typed is lost.
const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must match pattern (.*)\.$/, m => patternMessage(m[1])],
  [/^Field must have minimum length of (\d+)\.$/, m => `至少填写 ${m[1]} 个字。`],
  [/^Field must have maximum length of (\d+)\.$/, m => `不得超过 ${m[1]} 个字。`],
  [/^Field must have minimum value of (.+)\.$/, m => `不得小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, m => `不得大于 ${m[1]}。`],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number.*$/, () => '请填写有效的电话号码。'],
  [/^Cannot (?:instantiate process definition|submit task form|complete task|submit form)\s+\S+:\s*/, () => '']
];
const WORDS = {
  Search: '搜索', Select: '请选择', Close: '关闭', 'mm/dd/yyyy': '年-月-日', 'hh:mm': '时:分',
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
  alert.scrollIntoView({ block: 'center', behavior: 'smooth' });
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
        const alert = node.matches('.alert-danger') ? node : node.querySelector('.alert-danger');
        if (alert) {
          showLatestAlert(alert);
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

export default [];
