// Filters and search for a document page. Works from the file system: no network, no fetch.
(function () {
  const form = document.querySelector('form.filters');
  if (!form) { return; }
  const rules = Array.from(document.querySelectorAll('details.rule'));
  const sections = Array.from(document.querySelectorAll('section.section'));
  const shown = document.getElementById('shown');
  function checked(name) {
    return new Set(Array.from(form.querySelectorAll('input[name="' + name + '"]:checked')).map(i => i.value));
  }
  function apply() {
    const statuses = checked('status'), levels = checked('level'), sources = checked('source');
    const words = form.querySelector('#search').value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    let n = 0;
    for (const r of rules) {
      const ok = statuses.has(r.dataset.status) && levels.has(r.dataset.level) && sources.has(r.dataset.source)
        && words.every(w => r.dataset.search.includes(w));
      r.hidden = !ok;
      if (ok) { n++; }
    }
    for (const s of sections) { s.hidden = !s.querySelector('details.rule:not([hidden])'); }
    shown.textContent = n + ' of ' + rules.length + ' rules shown';
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  apply();
  if (location.hash) {
    const target = document.getElementById(location.hash.substring(1));
    if (target && target.tagName === 'DETAILS') { target.open = true; }
  }
})();
