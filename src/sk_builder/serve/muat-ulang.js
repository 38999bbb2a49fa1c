// sk serve: reload the page when a build finishes, and show build errors on the page.
// Served only by `sk serve` (never part of a build), as a file, so the site's strict
// Content-Security-Policy (script-src 'self') holds in the preview too.
(function () {
  "use strict";
  var STATUS = "/__sk/status";
  var version = null;
  var panel = null;

  function show(errors) {
    if (!errors.length) {
      if (panel) { panel.remove(); panel = null; }
      return;
    }
    if (!panel) {
      panel = document.createElement("section");
      panel.id = "sk-galat";
      panel.setAttribute("role", "alert");
      document.body.appendChild(panel);
    }
    panel.replaceChildren();
    var heading = document.createElement("h2");
    heading.textContent = "Build gagal: halaman ini dari build terakhir yang berhasil";
    var list = document.createElement("pre");
    list.textContent = errors.join("\n");
    panel.append(heading, list);
  }

  function ask() {
    fetch(STATUS, { cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(function (status) {
        if (version === null) {
          version = status.versi;
        } else if (status.versi !== version) {
          window.location.reload();
          return;
        }
        show(status.galat || []);
      })
      .catch(function () { /* the server stopped or is busy: ask again */ })
      .finally(function () { window.setTimeout(ask, 500); });
  }

  ask();
})();
