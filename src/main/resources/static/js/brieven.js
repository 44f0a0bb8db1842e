// The letters of a round as one ZIP: start it through the API, show the progress from the status endpoint, then
// offer the download. The label of the progress bar says what is happening (making, made, downloaded), the status
// line is announced to screen readers, and the button is ready again as soon as the ZIP is made.
(function () {
  var blok = document.getElementById('zip');
  if (!blok) { return; }
  var ronde = blok.getAttribute('data-ronde');
  var basis = '/api/v1/beoordelingsrondes/' + ronde + '/brieven/';
  var knop = document.getElementById('zip-start');
  var voortgang = document.getElementById('zip-voortgang');
  var label = document.getElementById('zip-tekst');
  var balk = document.getElementById('zip-balk');
  var status = document.getElementById('zip-status');
  var download = document.getElementById('zip-download');
  var token = document.querySelector('meta[name="csrf-token"]');
  var kop = document.querySelector('meta[name="csrf-header"]');
  var totaal = 0;

  function toon(s) {
    totaal = s.totaal;
    balk.max = Math.max(1, s.totaal);
    balk.value = s.klaar + (s.mislukt ? s.mislukt.length : 0);
    var tekst = s.klaar + ' van ' + s.totaal + ' brieven klaar';
    if (s.mislukt && s.mislukt.length) {
      tekst += '; mislukt: ' + s.mislukt.map(function (m) { return m.gemeente + ' (' + m.reden + ')'; }).join(', ');
    }
    if (s.status === 'KLAAR') { tekst += '. De ZIP is klaar.'; label.textContent = 'ZIP klaar'; }
    if (s.status === 'MISLUKT') { tekst += '. Het maken van de ZIP is mislukt.'; label.textContent = 'ZIP mislukt'; }
    status.textContent = tekst;
  }

  function klaar() {
    knop.disabled = false;
    knop.removeAttribute('aria-disabled');
  }

  function volg() {
    fetch(basis + 'status', { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (s) {
      toon(s);
      if (s.status === 'BEZIG') { setTimeout(volg, 500); return; }
      klaar();
      if (s.status === 'KLAAR') { download.hidden = false; download.focus(); }
    }, function () {
      label.textContent = 'ZIP mislukt';
      status.textContent = 'De voortgang kon niet worden opgevraagd.';
      klaar();
    });
  }

  // the download has started: the label and the status say so, the ZIP stays available until a new one is made
  download.addEventListener('click', function () {
    label.textContent = 'ZIP gedownload';
    status.textContent = 'De ZIP met ' + totaal + (totaal === 1 ? ' brief' : ' brieven') + ' wordt gedownload.';
  });

  knop.addEventListener('click', function () {
    knop.disabled = true;
    knop.setAttribute('aria-disabled', 'true');
    download.hidden = true;
    voortgang.hidden = false;
    label.textContent = 'ZIP maken…';
    balk.value = 0;
    status.textContent = 'Bezig…';
    var headers = {};
    if (token && kop) { headers[kop.content] = token.content; }
    fetch(basis + 'zip', { method: 'POST', credentials: 'same-origin', headers: headers }).then(function (r) {
      if (r.status === 202 || r.status === 409) { volg(); return; }
      return r.json().then(function (p) {
        label.textContent = 'ZIP mislukt';
        status.textContent = p.detail || 'Mislukt.';
        klaar();
      });
    });
  });
})();
