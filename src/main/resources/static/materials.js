const number = new URLSearchParams(location.search).get('application');
const message = document.getElementById('message');
const KINDS = { EXPERIENCE: '典型经验材料', SEALED_FORM: '加盖公章的申报书', EVIDENCE: '证实性材料' };

async function load() {
  document.getElementById('number').textContent = number || '';
  try {
    const detail = await api.get(`/api/applications/${encodeURIComponent(number)}`);
    const s = detail.summary;
    document.getElementById('summary').textContent = `${s.benchmarkName} · ${s.enterpriseName} · 状态：${s.statusName}`;
    document.getElementById('upload').hidden = !s.editable;
    const documents = await api.get(`/api/applications/${encodeURIComponent(number)}/documents`);
    render(documents, s.editable);
  } catch (error) {
    loginHint(error, message);
  }
}

function render(documents, editable) {
  const body = document.getElementById('documents');
  body.replaceChildren();
  let total = 0;
  for (const d of documents) {
    total += d.sizeBytes;
    const row = document.createElement('tr');
    cell(row, KINDS[d.kind]);
    cell(row, link(`/api/documents/${d.id}`, d.fileName));
    cell(row, `${(d.sizeBytes / 1048576).toFixed(2)} MB`);
    cell(row, d.sha256.substring(0, 16) + '…').title = d.sha256;
    cell(row, new Date(d.uploadedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }));
    const remove = document.createElement('button');
    remove.textContent = '删除';
    remove.hidden = !editable;
    remove.onclick = () => removeDocument(d);
    cell(row, remove);
    body.appendChild(row);
  }
  document.getElementById('usage').textContent = `已上传 ${documents.length} 个文件，合计 ${(total / 1048576).toFixed(2)} MB / 200 MB。`;
}

async function upload() {
  const file = document.getElementById('file').files[0];
  if (!file) { show(message, '请选择文件。', 'error'); return; }
  const kind = document.getElementById('kind').value;
  show(message, `正在上传 ${file.name} …`, 'ok');
  try {
    await api.call('POST', `/api/applications/${encodeURIComponent(number)}/documents?kind=${kind}&fileName=${encodeURIComponent(file.name)}`,
      file, file.type || 'application/octet-stream');
    show(message, `已上传 ${file.name}。`, 'ok');
    document.getElementById('file').value = '';
    await load();
  } catch (error) {
    show(message, error.message, 'error');
  }
}

async function removeDocument(d) {
  if (!confirm(`删除 ${d.fileName}？`)) return;
  try {
    await api.call('DELETE', `/api/documents/${d.id}`);
    show(message, `已删除 ${d.fileName}。`, 'ok');
    await load();
  } catch (error) {
    show(message, error.message, 'error');
  }
}

document.getElementById('send').onclick = upload;
load();
