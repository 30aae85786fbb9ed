// Cockpit configuration of the quality benchmark system: adds the auditors' trail of every case, running or
// finished (Community Cockpit itself shows running instances only).
export default {
  customScripts: ['benchmark/audit-trail']
};
