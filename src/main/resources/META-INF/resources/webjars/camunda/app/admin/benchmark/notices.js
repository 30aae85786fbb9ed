// The project's notices for logged-in staff (static/webapp/notices.js), shared by Tasklist, Cockpit and Admin.
export { default } from '/webapp/notices.js';
