// Progressive enhancement only: every page works without script.
document.querySelectorAll('[data-nav-toggle]').forEach(function (button) {
  button.addEventListener('click', function () {
    var nav = document.getElementById(button.getAttribute('aria-controls'));
    var open = nav.classList.toggle('open');
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
});
var summary = document.querySelector('[data-autofocus]');
if (summary) summary.focus();
