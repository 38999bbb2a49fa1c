/* Search page: runs Pagefind (../pagefind/) over the service pages; needs http(s), not file://. */
(function () {
  "use strict";
  var script = document.currentScript;
  var form = document.getElementById("form-cari");
  var status = document.getElementById("status-cari");
  var list = document.getElementById("hasil-cari");
  if (!form || !status || !list) return;
  var fields = ["q", "wilayah", "unit"];
  var params = new URLSearchParams(window.location.search);
  fields.forEach(function (name) {
    if (params.has(name)) form.elements[name].value = params.get(name);
  });
  if (window.location.protocol === "file:") {
    status.textContent = "Pencarian hanya berjalan bila situs dibuka melalui server web (http atau https), " +
      "bukan langsung dari berkas. Gunakan daftar semua layanan di bawah.";
    return;
  }
  var bundle = new URL("../pagefind/pagefind.js", script.src).href;
  var engine = null;

  function load() {
    if (!engine) {
      engine = import(bundle).then(function (pagefind) {
        return pagefind.options({ excerptLength: 20 }).then(function () { return pagefind; });
      });
    }
    return engine;
  }

  /* The excerpt is Pagefind's HTML; keep only its text and <mark> highlights. */
  function excerpt(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    var paragraph = document.createElement("p");
    paragraph.className = "cuplikan";
    template.content.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        paragraph.appendChild(mark);
      } else {
        paragraph.appendChild(document.createTextNode(node.textContent));
      }
    });
    return paragraph;
  }

  function item(data) {
    var li = document.createElement("li");
    var link = document.createElement("a");
    link.href = data.url;
    link.textContent = (data.meta && data.meta.title) || data.url;
    li.appendChild(link);
    var where = [].concat((data.filters && data.filters.unit) || [], (data.filters && data.filters.wilayah) || []);
    if (where.length) {
      var place = document.createElement("p");
      place.className = "jumlah";
      place.textContent = where.join(" · ");
      li.appendChild(place);
    }
    li.appendChild(excerpt(data.excerpt || ""));
    return li;
  }

  function chosen() {
    var filters = {};
    if (form.elements.wilayah.value) filters.wilayah = form.elements.wilayah.value;
    if (form.elements.unit.value) filters.unit = form.elements.unit.value;
    return filters;
  }

  function run() {
    var term = form.elements.q.value.trim();
    var filters = chosen();
    list.replaceChildren();
    if (!term && !Object.keys(filters).length) {
      status.textContent = "";
      return Promise.resolve();
    }
    status.textContent = "Mencari…";
    return load().then(function (pagefind) {
      return pagefind.search(term || null, { filters: filters });
    }).then(function (search) {
      return Promise.all(search.results.slice(0, 50).map(function (result) { return result.data(); }));
    }).then(function (found) {
      found.forEach(function (data) { list.appendChild(item(data)); });
      status.textContent = found.length ? found.length + " layanan ditemukan." : "Tidak ada layanan yang cocok.";
    }).catch(function () {
      status.textContent = "Pencarian tidak dapat dimuat. Gunakan daftar semua layanan di bawah.";
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = new URLSearchParams();
    fields.forEach(function (name) {
      if (form.elements[name].value) query.set(name, form.elements[name].value.trim());
    });
    window.history.replaceState(null, "", "?" + query.toString());
    run();
  });
  run();
}());
