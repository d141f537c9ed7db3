// Times in the reader's own time zone. The server stores and writes UTC; with script, <time data-utc> elements are
// rewritten into local time, "UTC" in labels ([data-tz]) reads "your time", and datetime-local inputs marked data-utc
// show and take local time: the UTC value is what the form sends. Without script everything stays UTC, as labelled.
(function () {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'local time';
  const pad = n => String(n).padStart(2, '0');
  const day = d => d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  const clock = d => pad(d.getHours()) + ':' + pad(d.getMinutes());
  const utcInput = d => d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + 'T' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes());

  // The page's times, and again those of a fragment a page redraws (window.localTimes(fragment)).
  function localise(root) {
    root.querySelectorAll('time[data-utc]').forEach(function (t) {
      const d = new Date(t.getAttribute('datetime'));
      if (isNaN(d)) return;
      t.title = t.textContent + ' UTC';
      t.textContent = t.dataset.utc === 'clock' ? clock(d) : t.dataset.utc === 'day' ? day(d) : day(d) + ' ' + clock(d);
    });
    // An option cannot hold a <time>: its text starts with the UTC day, rewritten to the reader's.
    root.querySelectorAll('option[data-utc-day]').forEach(function (o) {
      const d = new Date(o.dataset.utcDay);
      if (!isNaN(d) && /^\d{4}-\d{2}-\d{2}/.test(o.textContent)) o.textContent = day(d) + o.textContent.slice(10);
    });
    root.querySelectorAll('[data-tz]').forEach(function (s) { s.textContent = 'your time'; s.title = zone; });
  }
  localise(document);
  window.localTimes = localise;

  // A date field the server filled with today (its UTC day, on a page first shown) takes the reader's today instead:
  // a payment made on a New York evening is not dated tomorrow.
  document.querySelectorAll('input[type=date][data-utc-today]').forEach(function (input) {
    if (input.dataset.utcToday && input.value === input.dataset.utcToday) input.value = day(new Date());
  });

  document.querySelectorAll('input[type=datetime-local][data-utc]').forEach(function (input) {
    if (input.value) {
      const d = new Date(input.value + 'Z');
      if (!isNaN(d)) input.value = day(d) + 'T' + clock(d);
    }
    if (!input.form) return;
    // The visible field keeps local time; a hidden field of the same name carries its UTC value.
    let sent = null;
    input.form.addEventListener('submit', function () {
      if (!sent) {
        sent = document.createElement('input');
        sent.type = 'hidden'; sent.name = input.name;
        input.removeAttribute('name');
        input.after(sent);
      }
      const d = input.value ? new Date(input.value) : null;
      sent.value = d && !isNaN(d) ? utcInput(d) : input.value;
    });
  });
})();
