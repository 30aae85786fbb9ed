// Admin configuration of the quality benchmark system: adds 申报单位账号 (applicant accounts bound to their
// enterprise) and speaks Chinese unless the browser's first language is English (decision 0010).
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  customScripts: ['benchmark/applicant-accounts']
};
