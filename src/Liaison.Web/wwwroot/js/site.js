// Progressive enhancement only: every page works without script.
document.querySelectorAll('[data-nav-toggle]').forEach(function (button) {
  button.addEventListener('click', function () {
    var nav = document.getElementById(button.getAttribute('aria-controls'));
    var open = nav.classList.toggle('open');
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
});
// An error summary's problems link to their fields (the field is focused, as a label click would).
document.querySelectorAll('.error-summary li[data-field]').forEach(function (item) {
  var field = item.getAttribute('data-field') && document.getElementById(item.getAttribute('data-field'));
  if (!field || field.type === 'hidden') return;
  var link = document.createElement('a');
  link.href = '#' + field.id;
  link.textContent = item.textContent;
  link.addEventListener('click', function (e) {
    e.preventDefault();
    field.scrollIntoView({ block: 'center' });
    field.focus();
  });
  item.textContent = '';
  item.appendChild(link);
});
var summary = document.querySelector('[data-autofocus]');
if (summary) summary.focus();
// Below 900px a wide table scrolls sideways inside main (site.css): one that overflows takes the focus, so a
// keyboard user can scroll it with the arrow keys (WCAG 2.1.1); none does when it fits.
function focusableWhenScrolling() {
  document.querySelectorAll('main table, main pre').forEach(function (box) {
    var scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls && !box.hasAttribute('tabindex')) box.setAttribute('tabindex', '0');
    else if (!scrolls && box.getAttribute('tabindex') === '0') box.removeAttribute('tabindex');
  });
}
focusableWhenScrolling();
window.addEventListener('resize', focusableWhenScrolling);
