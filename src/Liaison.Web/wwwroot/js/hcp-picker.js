// Finds HCPs by name for the forms that take NPIs: picking one adds its NPI to the field's list (or sets a single-NPI field).
// Progressive enhancement: without script the box stays hidden and the NPI field works as before.
(function () {
  document.querySelectorAll('[data-hcp-picker]').forEach(function (box) {
    const target = document.getElementById(box.dataset.target);
    const input = box.querySelector('input');
    const list = box.querySelector('[role=listbox]');
    const said = box.querySelector('[data-picked]');
    let timer = 0, asked = 0, active = -1, hits = [];
    box.hidden = false;

    const npis = () => target.value.split(/[\s,;]+/).filter(Boolean);
    function close() {
      list.hidden = true; list.replaceChildren(); hits = []; active = -1;
      input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant');
    }
    function choose(hcp) {
      const already = npis().includes(hcp.npi);
      if (box.dataset.single) target.value = hcp.npi;
      else if (!already) target.value = npis().concat([hcp.npi]).join(', ');
      said.textContent = (box.dataset.single ? 'Chosen: ' : already ? 'Already in the list: ' : 'Added: ') + hcp.name + ' (NPI ' + hcp.npi + ').';
      input.value = ''; close(); input.focus();
    }
    function highlight(i) {
      active = i;
      list.querySelectorAll('[role=option]').forEach(function (li, k) { li.setAttribute('aria-selected', k === i ? 'true' : 'false'); });
      if (i >= 0) input.setAttribute('aria-activedescendant', list.children[i].id);
    }
    async function suggest() {
      const q = input.value.trim(), mine = ++asked;
      if (q.length < 2) return close();
      const response = await fetch(box.dataset.suggestUrl + '&q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } });
      if (!response.ok || mine !== asked) return;
      hits = await response.json();
      list.replaceChildren(...(hits.length ? hits.map(function (h, k) {
        const li = document.createElement('li');
        li.id = input.id + '-hit-' + k; li.setAttribute('role', 'option'); li.setAttribute('aria-selected', 'false');
        const name = document.createElement('strong');
        name.textContent = h.name + (h.credentials ? ', ' + h.credentials : '');
        li.append(name, document.createTextNode(' — ' + [h.specialty, h.place, 'NPI ' + h.npi].filter(Boolean).join(' · ')));
        li.addEventListener('click', function () { choose(h); });
        return li;
      }) : [Object.assign(document.createElement('li'), { textContent: 'No HCP with an NPI matches “' + q + '”.', className: 'hint' })]));
      list.hidden = false; input.setAttribute('aria-expanded', 'true'); active = -1;
    }
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(suggest, 200); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' && hits.length) { e.preventDefault(); highlight((active + 1) % hits.length); }
      else if (e.key === 'ArrowUp' && hits.length) { e.preventDefault(); highlight((active - 1 + hits.length) % hits.length); }
      else if (e.key === 'Enter') { e.preventDefault(); if (hits.length) choose(hits[Math.max(active, 0)]); }
      else if (e.key === 'Escape') close();
    });
    // A click on a suggestion must not blur the box first.
    list.addEventListener('mousedown', function (e) { e.preventDefault(); });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
  });
})();
