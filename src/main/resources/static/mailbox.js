// The demo's mailbox: what the embedded SMTP server received (/api/mailbox, administrators only).
const message = document.getElementById('message');

async function load() {
  const to = document.getElementById('to').value.trim();
  try {
    const mails = await api.get('/api/mailbox' + (to ? `?to=${encodeURIComponent(to)}` : ''));
    const body = document.getElementById('messages');
    body.replaceChildren();
    for (const m of mails) {
      const row = document.createElement('tr');
      cell(row, m.sent ? new Date(m.sent).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '');
      cell(row, m.to);
      cell(row, m.subject);
      const pre = document.createElement('pre');
      pre.textContent = m.body;
      cell(row, pre);
      body.appendChild(row);
    }
    show(message, mails.length ? '' : '暂无邮件。', 'ok');
  } catch (error) {
    loginHint(error, message);
  }
}

document.getElementById('filter').onclick = load;
load();
