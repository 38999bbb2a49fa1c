/* Search page: runs Pagefind (../pagefind/) over the service pages; needs http(s), not file://. */
(function () {
  "use strict";
  var script = document.currentScript;
  var form = document.getElementById("form-cari");
  var status = document.getElementById("status-cari");
  var list = document.getElementById("hasil-cari");
  if (!form || !status || !list) return;
  var fields = ["q", "wilayah", "unit"];
  var region = form.elements.wilayah;
  var unit = form.elements.unit;
  /* Every region's units (one optgroup per region, data-wilayah = its folder); the list shows only the
     chosen region's. */
  var groups = Array.prototype.slice.call(unit.querySelectorAll("optgroup"));

  function narrow() {
    var kept = unit.value;
    groups.forEach(function (group) { if (group.parentNode === unit) unit.removeChild(group); });
    groups.forEach(function (group) {
      if (!region.value || group.getAttribute("data-wilayah") === region.value) unit.appendChild(group);
    });
    unit.value = kept;
    if (unit.value !== kept) unit.value = "";  /* a unit of another region: back to "Semua unit" */
  }

  /* A value from the address: an option's value (an id), or its text as older links wrote it. */
  function choose(select, value) {
    var options = Array.prototype.slice.call(select.options);
    var found = options.filter(function (o) { return o.value === value; })[0] ||
      options.filter(function (o) { return o.value && o.textContent === value; })[0];
    select.value = found ? found.value : "";
  }

  var params = new URLSearchParams(window.location.search);
  if (params.has("q")) form.elements.q.value = params.get("q");
  if (params.has("wilayah")) choose(region, params.get("wilayah"));
  narrow();
  if (params.has("unit")) choose(unit, params.get("unit"));
  region.addEventListener("change", narrow);
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
    var meta = data.meta || {};
    var where = [meta.unit, meta.wilayah].filter(Boolean);
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
    if (region.value) filters.wilayah = region.value;
    if (unit.value) filters.unit = unit.value;
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
