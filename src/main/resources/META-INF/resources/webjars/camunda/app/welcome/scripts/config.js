// Welcome page configuration of the quality benchmark system: Chinese unless the browser's first language is
// English (decision 0010).
export default {
  app: {
    name: '首页',
    vendor: '质量标杆遴选管理系统'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  }
};
