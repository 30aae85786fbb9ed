const number = new URLSearchParams(location.search).get('application');
const message = document.getElementById('message');
const KINDS = { EXPERIENCE: '典型经验材料', SEALED_FORM: '加盖公章的申报书', SEALED_RECOMMENDATION: '加盖公章的推荐表', EVIDENCE: '证实性材料' };
const RECOMMENDED = ['IN_FORM_REVIEW', 'SUPPLEMENT_REQUESTED', 'AWAITING_MATERIAL_REVIEW', 'IN_MATERIAL_REVIEW', 'IN_DEFENSE_REVIEW',
  'ON_PRELIMINARY_LIST', 'AWARDED', 'REMOVED_AFTER_OBJECTION', 'NOT_IN_FINAL_LIST', 'NOT_SHORTLISTED', 'REMOVED_AT_DEFENSE',
  'FORM_REVIEW_FAILED', 'SUPPLEMENT_OVERDUE'];

async function load() {
  document.getElementById('number').textContent = number || '';
  try {
    const detail = await api.get(`/api/applications/${encodeURIComponent(number)}`);
    const s = detail.summary;
    document.getElementById('summary').textContent = `${s.benchmarkName} · ${s.enterpriseName} · 状态：${s.statusName}`;
    document.getElementById('upload').hidden = !s.editable;
    const documents = await api.get(`/api/applications/${encodeURIComponent(number)}/documents`);
    render(documents, s.editable);
    await papers(s);
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
    const code = document.getElementById('declared-code').value.trim();
    await api.call('POST', `/api/applications/${encodeURIComponent(number)}/documents?kind=${kind}&fileName=${encodeURIComponent(file.name)}`
      + (code ? `&declaredCode=${encodeURIComponent(code)}` : ''),
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

async function papers(s) {
  const base = `/api/applications/${encodeURIComponent(number)}`;
  document.getElementById('application-form').href = `${base}/application-form.pdf`;
  // the unit prints and uploads its sealed 推荐表 while it decides: recommending needs it (seed 001 §1(2)2)
  const recommended = s.status === 'AWAITING_RECOMMENDATION' || RECOMMENDED.includes(s.status);
  document.getElementById('recommendation-links').hidden = !recommended;
  document.getElementById('recommendation-form').href = `${base}/recommendation-form.pdf`;
  document.getElementById('recommendation-upload').hidden = !(recommended && !s.ended && s.canUploadRecommendation);
  await coveringLetter(s);
  await noticeTemplates();
  const sealed = await api.get(`${base}/sealed-forms`);
  document.getElementById('expected-code').textContent = sealed.expectedCode;
  const body = document.getElementById('sealed');
  body.replaceChildren();
  for (const [label, checks] of [['申报书', sealed.applicationForms], ['推荐表', sealed.recommendationForms]]) {
    for (const c of checks) {
      const row = document.createElement('tr');
      cell(row, label);
      cell(row, link(`/api/documents/${c.documentId}`, c.fileName));
      cell(row, new Date(c.uploadedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }));
      cell(row, c.resultName).className = c.result === 'MATCHES' ? 'ok' : '';
      body.appendChild(row);
    }
  }
  const receipts = await api.get(`${base}/receipts`);
  document.getElementById('receipts').replaceChildren(...receipts.map(r => {
    const li = document.createElement('li');
    li.append(link(`/api/receipts/${encodeURIComponent(r.number)}.pdf`, `申报回执 ${r.number}`),
      `（${r.occasion}，${new Date(r.submittedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}）`);
    return li;
  }));
}

async function uploadRecommendation() {
  const file = document.getElementById('recommendation-file').files[0];
  if (!file) { show(message, '请选择文件。', 'error'); return; }
  try {
    await api.call('POST', `/api/applications/${encodeURIComponent(number)}/recommendation-form?fileName=${encodeURIComponent(file.name)}`,
      file, file.type || 'application/octet-stream');
    show(message, `已上传 ${file.name}。`, 'ok');
    await load();
  } catch (error) {
    show(message, error.message, 'error');
  }
}

// a Shandong city's 推荐文件 for the campaign (seed 004 §一(三)2): its recommendations wait for it
function letterPath(s) {
  return `/api/campaigns/${encodeURIComponent(s.campaignNumber)}/units/${encodeURIComponent(s.recommendingUnit)}/covering-letter`;
}

// the organiser's format templates of the notice this application answers (seed 001 annex 3 §1(4))
async function noticeTemplates() {
  const templates = await api.get(`/api/applications/${encodeURIComponent(number)}/notice-templates`);
  const links = document.getElementById('notice-template-links');
  links.replaceChildren(...templates.flatMap((t, i) => [i ? '　' : '', link(t.href, `${t.name}（${t.fileName}）`)]));
  document.getElementById('notice-templates').hidden = !templates.length;
}

async function coveringLetter(s) {
  const section = document.getElementById('covering-letter');
  section.hidden = true;
  if (!s.canUploadRecommendation) return;
  const status = await api.get(letterPath(s));
  if (!status.required) return;
  const current = document.getElementById('covering-letter-current');
  current.replaceChildren(status.letter
    ? link(`${letterPath(s)}.pdf`, `${status.letter.fileName}（${new Date(status.letter.uploadedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}）`)
    : '尚未上传，推荐前须上传。');
  document.getElementById('covering-letter-send').onclick = async () => {
    const file = document.getElementById('covering-letter-file').files[0];
    if (!file) { show(message, '请选择 PDF 文件。', 'error'); return; }
    try {
      await api.call('POST', `${letterPath(s)}?fileName=${encodeURIComponent(file.name)}`, file, 'application/pdf');
      show(message, `已上传推荐文件 ${file.name}。`, 'ok');
      await load();
    } catch (error) {
      show(message, error.message, 'error');
    }
  };
  section.hidden = false;
}

document.getElementById('recommendation-send').onclick = uploadRecommendation;
document.getElementById('send').onclick = upload;
load();
