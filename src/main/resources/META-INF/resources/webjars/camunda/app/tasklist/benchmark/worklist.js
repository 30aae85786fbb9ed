// Lists sort by due date (the earliest deadline first, then the newest task), unless the user chose another order:
// Tasklist takes its order from the address and falls back to the creation date, whatever the filter's own order.
const BY_DUE_DATE = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }, { sortBy: 'created', sortOrder: 'desc' }]);

function sortByDueDate() {
  if (!location.hash.startsWith('#/') || document.querySelector('input[ng-model=username]')) {
    return;
  }
  const [path, query = ''] = location.hash.slice(1).split('?');
  const params = new URLSearchParams(query);
  if (params.has('sorting')) {
    return;
  }
  params.set('sorting', BY_DUE_DATE);
  location.replace(`#${path}?${params.toString()}`);
}

// on every change of address, before a form is filled in (never while one is: that would draw the form anew)
window.addEventListener('hashchange', sortByDueDate);
const waitForLogin = setInterval(() => {
  if (location.hash.startsWith('#/') && !document.querySelector('input[ng-model=username]')) {
    clearInterval(waitForLogin);
    sortByDueDate();
  }
}, 500);

export default [];
