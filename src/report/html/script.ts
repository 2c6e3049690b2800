// The page's one script, allowed by its hash: it only toggles highlights and sorts the index.
// Handlers are attached here, never as attributes, which the page's policy would refuse.
export const SCRIPT = `
(function () {
  'use strict';
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.dataset.toggle) return;
    var file = input.closest('.file');
    if (file) file.classList.toggle('hide-' + input.dataset.toggle, !input.checked);
  });
  var index = document.querySelector('table.index');
  if (!index) return;
  var body = index.tBodies[0];
  function value(row, column) {
    var cell = row.cells[column];
    var given = cell.getAttribute('data-sort');
    var text = given === null ? cell.textContent : given;
    var n = parseFloat(text);
    return isNaN(n) ? text.toLowerCase() : n;
  }
  index.querySelectorAll('button.sort').forEach(function (button) {
    button.addEventListener('click', function () {
      var th = button.closest('th');
      var column = th.cellIndex;
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      index.querySelectorAll('th[aria-sort]').forEach(function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = value(a, column), y = value(b, column);
        var order = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : typeof x === 'number' ? -1 : 1;
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
})();
`;
