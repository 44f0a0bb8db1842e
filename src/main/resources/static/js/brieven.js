// The letters of a round as one ZIP: start it through the API, show the progress from the status endpoint,
// then offer the download. Announced to screen readers through the status line.
(function () {
  var blok = document.getElementById('zip');
  if (!blok) { return; }
  var ronde = blok.getAttribute('data-ronde');
  var basis = '/api/v1/beoordelingsrondes/' + ronde + '/brieven/';
  var knop = document.getElementById('zip-start');
  var voortgang = document.getElementById('zip-voortgang');
  var balk = document.getElementById('zip-balk');
  var status = document.getElementById('zip-status');
  var download = document.getElementById('zip-download');
  var token = document.querySelector('meta[name="csrf-token"]');
  var kop = document.querySelector('meta[name="csrf-header"]');

  function toon(s) {
    balk.max = Math.max(1, s.totaal);
    balk.value = s.klaar + (s.mislukt ? s.mislukt.length : 0);
    var tekst = s.klaar + ' van ' + s.totaal + ' brieven klaar';
    if (s.mislukt && s.mislukt.length) {
      tekst += '; mislukt: ' + s.mislukt.map(function (m) { return m.gemeente + ' (' + m.reden + ')'; }).join(', ');
    }
    if (s.status === 'KLAAR') { tekst += '. De ZIP is klaar.'; }
    if (s.status === 'MISLUKT') { tekst += '. Het maken van de ZIP is mislukt.'; }
    status.textContent = tekst;
  }

  function volg() {
    fetch(basis + 'status', { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (s) {
      toon(s);
      if (s.status === 'BEZIG') { setTimeout(volg, 500); return; }
      knop.disabled = false;
      if (s.status === 'KLAAR') { download.hidden = false; download.focus(); }
    });
  }

  knop.addEventListener('click', function () {
    knop.disabled = true;
    voortgang.hidden = false;
    status.textContent = 'Bezig…';
    var headers = {};
    if (token && kop) { headers[kop.content] = token.content; }
    fetch(basis + 'zip', { method: 'POST', credentials: 'same-origin', headers: headers }).then(function (r) {
      if (r.status === 202 || r.status === 409) { volg(); return; }
      return r.json().then(function (p) { status.textContent = p.detail || 'Mislukt.'; knop.disabled = false; });
    });
  });
})();
