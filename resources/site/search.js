/* Pencarian situs (Redaksi): mencari di cari-indeks.js, tanpa server, juga dari folder di disk. */
(function () {
  "use strict";
  var LIMIT = 50;
  var page = document.getElementById("pencarian");
  if (!page) { return; }
  var input = document.getElementById("kata-cari");
  var status = document.getElementById("status-cari");
  var list = document.getElementById("hasil-cari");
  var data = window.REDAKSI_SEARCH;
  var WORD = /[\p{L}\p{N}]+/gu;
  var MARKS = /\p{M}+/gu;

  function fold(text) { return text.normalize("NFKD").replace(MARKS, "").toLowerCase(); }
  function words(text) { return fold(text).match(WORD) || []; }
  function say(name, values) {
    return (page.getAttribute("data-" + name) || "").replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : all;
    });
  }
  function anyStarts(list, prefix) {
    for (var i = 0; i < list.length; i++) { if (list[i].lastIndexOf(prefix, 0) === 0) { return true; } }
    return false;
  }

  var entries = null;
  function prepare() {
    if (entries) { return entries; }
    entries = data.articles.map(function (row, position) {
      var title = words(row[0]);
      return {
        row: row, position: position, title: title,
        all: title.concat(words(row[3] + " " + row[4]), row[5] ? row[5].split(" ") : [])
      };
    });
    return entries;
  }

  function search(query) {
    var terms = words(query);
    if (!terms.length) { return []; }
    var found = [];
    prepare().forEach(function (entry) {
      var inTitle = 0;
      for (var i = 0; i < terms.length; i++) {
        if (anyStarts(entry.title, terms[i])) { inTitle++; }
        else if (!anyStarts(entry.all, terms[i])) { return; }
      }
      found.push({ entry: entry, score: inTitle });
    });
    // Title matches first, then the newest (the index is newest first).
    found.sort(function (a, b) { return b.score - a.score || a.entry.position - b.entry.position; });
    return found.map(function (f) { return f.entry; });
  }

  /* The text with the words that start with a query word in <mark>, built as DOM nodes. */
  function highlighted(text, terms) {
    var out = document.createDocumentFragment();
    var last = 0;
    text.replace(WORD, function (word, at) {
      var folded = fold(word);
      if (terms.some(function (t) { return folded.lastIndexOf(t, 0) === 0; })) {
        if (at > last) { out.appendChild(document.createTextNode(text.slice(last, at))); }
        var mark = document.createElement("mark");
        mark.textContent = word;
        out.appendChild(mark);
        last = at + word.length;
      }
      return word;
    });
    if (last < text.length) { out.appendChild(document.createTextNode(text.slice(last))); }
    return out;
  }

  /* 2026-11-28 as the site writes it: "28 November 2026". */
  function shownDate(iso) {
    var parts = iso.split("-");
    return Number(parts[2]) + " " + data.months[Number(parts[1]) - 1] + " " + parts[0];
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function show(query) {
    list.textContent = "";
    if (!query.trim()) { status.textContent = ""; return; }
    var terms = words(query);
    var results = search(query);
    if (!results.length) {
      status.textContent = say("none", { query: query.trim() });
      return;
    }
    status.textContent = say(results.length === 1 ? "results-one" : "results",
      { count: results.length.toLocaleString(document.documentElement.lang || undefined), query: query.trim() });
    if (results.length > LIMIT) { status.textContent += " " + say("more", { shown: LIMIT }); }
    results.slice(0, LIMIT).forEach(function (entry) {
      var row = entry.row;
      var item = element("li", "search-result");
      var heading = element("h2", "search-result-title");
      var link = element("a");
      link.href = data.page[0] + row[1] + data.page[1];
      link.appendChild(highlighted(row[0], terms));
      heading.appendChild(link);
      item.appendChild(heading);
      var meta = element("p", "search-result-meta");
      var time = element("time", "", shownDate(row[2]));
      time.setAttribute("datetime", row[2]);
      meta.appendChild(time);
      if (row[3]) { meta.appendChild(document.createTextNode(" · " + row[3])); }
      item.appendChild(meta);
      if (row[4]) {
        var snippet = element("p", "search-result-snippet");
        snippet.appendChild(highlighted(row[4], terms));
        item.appendChild(snippet);
      }
      list.appendChild(item);
    });
  }

  if (!data || !data.articles) {
    status.textContent = say("unavailable", {});
    return;
  }
  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  show(query);
  input.addEventListener("input", function () {
    show(input.value);
    try {
      var url = new URL(window.location.href);
      if (input.value) { url.searchParams.set("q", input.value); } else { url.searchParams.delete("q"); }
      window.history.replaceState(null, "", url.href);
    } catch (e) { /* (a browser that refuses it for a file on disk: the results still show) */ }
  });
})();
