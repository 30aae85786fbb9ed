// Tasklist configuration of the quality benchmark system: Chinese unless the browser's first language is English
// (decision 0010), with the office's and administrators' notices (a missing holiday arrangement). Replacing Camunda's
// file drops its defaults, so its keyboard shortcuts are restated here.
export default {
  app: {
    name: '任务列表',
    vendor: '质量标杆遴选管理系统'
  },
  customScripts: ['benchmark/notices', 'benchmark/forms', 'benchmark/pages', 'benchmark/worklist'],
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到列表中的第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开发起流程对话框'
    }
  }
};
