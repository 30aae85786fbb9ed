// Admin configuration of the quality benchmark system: Chinese unless the browser's first language is English
// (decision 0010), with the notices for administrators (a missing holiday arrangement).
export default {
  app: {
    name: '系统管理',
    vendor: '质量标杆遴选管理系统'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  customScripts: ['benchmark/notices']
};
