// Cockpit configuration of the quality benchmark system: adds the auditors' trail of every case, running or
// finished (Community Cockpit itself shows running instances only), and speaks Chinese unless the browser's
// first language is English (decision 0010); the office's and administrators' notices (a missing holiday arrangement).
export default {
  app: {
    name: '审计与监控',
    vendor: '质量标杆遴选管理系统'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  customScripts: ['benchmark/audit-trail', 'benchmark/notices']
};
