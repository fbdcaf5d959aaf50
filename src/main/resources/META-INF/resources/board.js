// The board's filters apply as soon as one is picked; the form's button does the same without JavaScript.
(function () {
  const form = document.getElementById('filters');
  if (!form) { return; }
  form.querySelectorAll('select').forEach(select => select.addEventListener('change', () => form.submit()));
})();
