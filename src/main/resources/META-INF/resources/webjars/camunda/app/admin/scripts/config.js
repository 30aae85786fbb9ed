// Admin configuration of the quality benchmark system: adds 申报单位账号 (applicant accounts bound to their
// enterprise) and the notices for administrators (a missing holiday arrangement), and speaks Chinese unless the
// browser's first language is English (decision 0010).
export default {
  app: {
    name: '系统管理',
    vendor: '质量标杆遴选管理系统'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  customScripts: ['benchmark/applicant-accounts', 'benchmark/notices']
};
