// The error summary of a form (fragments/formulier :: fouten): a message about a field is shown after the label the
// form gives that field, as a link that takes the focus to it. The server names the field by its form record's
// property path (data-veld); the label is the form's own, so it is written in one place. Without JavaScript the
// summary lists the messages, and each field shows its message beside its label.
(function () {
  function veldVan(naam) {
    var velden = Array.prototype.filter.call(document.getElementsByName(naam), function (v) {
      return v.type !== 'hidden';
    });
    // the field of the form in error: marked invalid, or inside a field marked invalid; else the only one
    return velden.filter(function (v) { return v.getAttribute('aria-invalid') === 'true'; })[0]
        || velden.filter(function (v) { return v.closest('.utrecht-form-field--invalid'); })[0]
        || (velden.length === 1 ? velden[0] : null);
  }

  function tekst(element) {
    return element ? element.textContent.replace(/\s+/g, ' ').trim() : '';
  }

  function labelVan(veld) {
    if (veld.type !== 'radio') {
      var label = veld.id ? document.querySelector('label[for="' + CSS.escape(veld.id) + '"]') : null;
      var t = tekst(label || veld.closest('label'));
      if (t) {
        return t;
      }
    }
    var groep = veld.closest('fieldset');
    return tekst(groep ? groep.querySelector('legend') : null);
  }

  document.querySelectorAll('.woonregie-foutsamenvatting li[data-veld]').forEach(function (regel) {
    var veld = veldVan(regel.getAttribute('data-veld'));
    regel.removeAttribute('data-veld'); // once, also when a page has two summaries (and so this script twice)
    if (!veld) {
      return;
    }
    var label = labelVan(veld);
    var melding = tekst(regel);
    var link = document.createElement(veld.id ? 'a' : 'span');
    link.textContent = (label ? label.replace(/[:\s]+$/, '') + ': ' : '') + melding;
    if (veld.id) {
      link.href = '#' + veld.id;
      link.addEventListener('click', function (e) {
        e.preventDefault();
        veld.focus();
        veld.scrollIntoView({ block: 'center' });
      });
    }
    regel.textContent = '';
    regel.appendChild(link);
  });
})();
