(function () {
  'use strict';
  // Filters: an item shows when, for every filter set, its data-<filter> holds the value chosen (file and
  // purpose are one value each; rule and category lists are blank-separated ids, which hold no blank).
  var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-filterable]'));
  var whole = { file: true, purpose: true };
  var status = document.getElementById('filter-status');

  function matches(item, name, value) {
    var held = item.getAttribute('data-' + name) || '';
    return whole[name] ? held === value : held.split(' ').indexOf(value) >= 0;
  }

  function apply() {
    var active = selects.filter(function (s) { return s.value !== ''; });
    var shown = 0;
    items.forEach(function (item) {
      var visible = active.every(function (s) { return matches(item, s.getAttribute('data-filter'), s.value); });
      item.hidden = !visible;
      if (visible && item.classList.contains('card')) {
        shown += 1;
      }
    });
    status.textContent = active.length === 0 ? '' : shown + (shown === 1 ? ' finding or flow matches' : ' findings and flows match');
  }

  selects.forEach(function (s) { s.addEventListener('change', apply); });
  document.getElementById('filter-reset').addEventListener('click', function () {
    selects.forEach(function (s) { s.value = ''; });
    apply();
  });
}());
