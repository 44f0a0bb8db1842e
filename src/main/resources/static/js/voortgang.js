// Progressive enhancement: a form with data-voortgang="<id>" shows that element (a status with a progress bar)
// while its request runs, and prevents a second submit. Without JavaScript the form works the same.
document.querySelectorAll('form[data-voortgang]').forEach(function (form) {
  form.addEventListener('submit', function () {
    var status = document.getElementById(form.getAttribute('data-voortgang'));
    if (status) {
      status.hidden = false;
    }
    form.querySelectorAll('button[type="submit"]').forEach(function (b) {
      b.disabled = true;
      b.setAttribute('aria-disabled', 'true');
    });
  });
});
