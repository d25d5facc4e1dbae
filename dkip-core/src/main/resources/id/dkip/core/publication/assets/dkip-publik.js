/* The public DKIP page's enhancements: search, filters and sorting. The table is complete without this file. */
(function () {
  'use strict';
  var table = document.getElementById('daftar');
  var controls = document.getElementById('kontrol');
  if (!table || !controls || !table.tBodies.length) {
    return;
  }
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var form = document.getElementById('saring');
  var search = document.getElementById('cari');
  var unit = document.getElementById('unit');
  var ground = document.getElementById('dasar');
  var year = document.getElementById('tahun');
  var status = document.getElementById('hasil');

  function norm(s) {
    return (s || '').toLocaleLowerCase().replace(/\s+/g, ' ');
  }
  var texts = rows.map(function (r) { return norm(r.textContent); });

  function apply() {
    var terms = norm(search.value).split(' ').filter(Boolean);
    var shown = 0;
    rows.forEach(function (r, i) {
      var ok = terms.every(function (t) { return texts[i].indexOf(t) >= 0; })
        && (!unit.value || r.getAttribute('data-unit') === unit.value)
        && (!ground.value || (' ' + r.getAttribute('data-grounds') + ' ').indexOf(' ' + ground.value + ' ') >= 0)
        && (!year.value || r.getAttribute('data-year') === year.value);
      r.hidden = !ok;
      if (ok) { shown++; }
    });
    status.textContent = status.getAttribute('data-template')
      .replace('{shown}', String(shown)).replace('{total}', String(rows.length));
  }

  function sortBy(index, type, th) {
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var headers = table.tHead.rows[0].cells;
    for (var h = 0; h < headers.length; h++) { headers[h].removeAttribute('aria-sort'); }
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    function key(r) {
      var cell = r.cells[index];
      var v = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent.trim();
      return type === 'number' ? parseFloat(v) || 0 : v;
    }
    var sorted = rows.slice().sort(function (a, b) {
      var x = key(a), y = key(b);
      var c = type === 'number' ? x - y : String(x).localeCompare(String(y), document.documentElement.lang);
      if (type === 'date' && (x === '' || y === '')) { c = (x === '') - (y === ''); return c; }
      return ascending ? c : -c;
    });
    sorted.forEach(function (r) { tbody.appendChild(r); });
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    while (th.firstChild) { button.appendChild(th.firstChild); }
    th.appendChild(button);
    button.addEventListener('click', function () { sortBy(index, th.getAttribute('data-type'), th); });
  });

  form.addEventListener('submit', function (ev) { ev.preventDefault(); apply(); });
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  document.getElementById('cetak').addEventListener('click', function () { window.print(); });
  controls.hidden = false;
  apply();
}());
