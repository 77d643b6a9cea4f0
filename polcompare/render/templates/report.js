/* polcompare report: the filter, the charts that count items, search, concordance and
   CSV downloads, all in the page (no kernel, no network). Document text is only ever put
   into the page with textContent. Included by report.html.j2: no template tags here. */
(function () {
  "use strict";
  /* On a narrow window the filter bar sticks to the top: its height, kept in --bar, is the
     page's scroll-padding-top there, so that a link to an item or a section lands below it. */
  var bar = document.querySelector("aside");
  if (bar) {
    var keepBar = function () {
      document.documentElement.style.setProperty("--bar", bar.offsetHeight + "px");
    };
    keepBar();
    if (window.ResizeObserver) { new ResizeObserver(keepBar).observe(bar); }
    window.addEventListener("resize", keepBar);
  }
  /* The data: JSON, or (a large report) gzip-compressed JSON in base64. */
  var source = document.getElementById("report-data");
  if (source.dataset.encoding !== "gzip-base64") {
    start(JSON.parse(source.textContent));
  } else {
    var bin = atob(source.textContent.trim()), bytes = new Uint8Array(bin.length);
    for (var b = 0; b < bin.length; b++) { bytes[b] = bin.charCodeAt(b); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    new Response(stream).text().then(function (text) { start(JSON.parse(text)); });
  }

  function start(DATA) {
    var CONFIG = {
      responsive: true, displaylogo: false, modeBarButtonsToRemove: ["select2d", "lasso2d"],
      toImageButtonOptions: { format: "png", scale: 2 }
    };
    /* Charts recomputed from the items shown; the others are drawn once from their spec. */
    var COUNTED = ["chart-themes", "chart-coverage_docs", "chart-policy_profiles",
      "chart-stance_profiles", "chart-coverage", "chart-sankey", "chart-agreement"];
    var KWIC_MAX = 500;
    var SIGNIFICANT = DATA.significant;  /* keyness: p at or above it is drawn pale */

    function $(id) { return document.getElementById(id); }
    function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
    /* as highlight.fold: accents dropped, lower case, and the letters NFD keeps whole spelt as
       a keyboard without them spells them ("fordommer" finds "fordømmer") */
    var LETTERS = {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ħ": "h", "ß": "ss"};
    function fold(s) {
      return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
        .replace(/[øæœłđħß]/g, function (c) { return LETTERS[c]; });
    }
    function label(t) { return DATA.labels[t] || t.replace(/_/g, " "); }
    function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }
    function layoutOf(id) {
      var spec = DATA.figures[id];
      var layout = JSON.parse(JSON.stringify(spec.layout));
      if (spec.template !== null) { layout.template = DATA.templates[spec.template]; }
      return layout;
    }
    function countAxis(axis, top) {
      axis.tickformat = "d";
      axis.rangemode = "tozero";
      if (top <= 10) { axis.dtick = 1; } else { delete axis.dtick; }
      return axis;
    }

    /* ---- tables: columns of values, or of codes into their distinct strings ---- */
    var rowCache = {};
    function rowsOf(name) {
      var t = DATA.tables[name];
      if (!t) { return null; }
      if (!rowCache[name]) {
        var rows = new Array(t.n);
        for (var k = 0; k < t.n; k++) {
          rows[k] = t.cols.map(function (c) { return c.v ? c.v[c.c[k]] : c[k]; });
        }
        rowCache[name] = rows;
      }
      return rowCache[name];
    }
    function colsOf(name) {
      var col = {};
      DATA.tables[name].columns.forEach(function (c, k) { col[c] = k; });
      return col;
    }
    /* Offsets count code points (as Python does); JavaScript strings count UTF-16 units. */
    function slicer(text) {
      if (!/[\uD800-\uDFFF]/.test(text)) { return function (a, b) { return text.slice(a, b); }; }
      var chars = Array.from(text);
      return function (a, b) { return chars.slice(a, b === undefined ? chars.length : b).join(""); };
    }
    function cpLength(text) { return /[\uD800-\uDFFF]/.test(text) ? Array.from(text).length : text.length; }

    /* ---- items, their texts and (once drawn) their elements ---- */
    var docs = DATA.docs;
    var items = DATA.items;
    var byId = {};
    var docItems = docs.map(function () { return []; });
    var byDoc = {};
    docs.forEach(function (d, k) { d.i = k; byDoc[d.id] = k; });
    items.forEach(function (it, k) {
      it.i = k;
      it.doc = docs[it.d];
      it.text = it.x;
      it.el = null;
      byId[it.id] = it;
      docItems[it.d].push(it);
    });
    all("li.item").forEach(function (li) {
      var it = byId[li.id.slice(5)];
      if (it) { it.el = li; }
    });
    function norm(it) {
      if (it.norm === undefined) { it.norm = fold(it.text); }
      return it.norm;
    }
    var boxes = all("input.theme-filter");
    var search = $("search"), docSel = $("doc-select"), langSel = $("lang-select");
    var state = { shown: items, ids: {}, on: new Uint8Array(items.length).fill(1), docs: docs, docOn: docs.map(function () { return true; }) };

    /* ---- the texts: a document's items drawn when it is opened ---- */
    var spansOf = null;
    /* Every taxonomy's matches, per item: the texts show them all (as _every_taxonomy). */
    function allSpans() {
      if (spansOf) { return spansOf; }
      spansOf = {};
      var t = DATA.tables.evidence;
      if (!t) { return spansOf; }
      var col = colsOf("evidence"), th = t.cols[col.theme];
      var st = t.cols[col.start], en = t.cols[col.end];
      function val(c, k) { return c.v ? c.v[c.c[k]] : c[k]; }
      for (var k = 0; k < t.n; k++) {
        var i = t.ids[k][0];
        (spansOf[i] = spansOf[i] || []).push([st[k], en[k], val(th, k)]);
      }
      return spansOf;
    }
    var RANK = {};
    var ranked = 0;
    Object.keys(DATA.order).forEach(function (tax) {
      DATA.order[tax].forEach(function (t) { if (RANK[t] === undefined) { RANK[t] = ranked++; } });
    });
    /* As polcompare.render.highlight.highlight_segments: one sweep over the span boundaries. */
    function segments(text, spans) {
      var n = cpLength(text), cut = slicer(text);
      spans = (spans || []).map(function (s) { return [Math.max(0, s[0]), Math.min(n, s[1]), s[2]]; })
        .filter(function (s) { return s[1] > s[0]; });
      if (!spans.length) { return text ? [[text, []]] : []; }
      var starts = {}, ends = {}, bounds = {0: true};
      bounds[n] = true;
      spans.forEach(function (s) {
        (starts[s[0]] = starts[s[0]] || []).push(s[2]);
        (ends[s[1]] = ends[s[1]] || []).push(s[2]);
        bounds[s[0]] = true; bounds[s[1]] = true;
      });
      var cuts = Object.keys(bounds).map(Number).sort(function (a, b) { return a - b; });
      var active = {}, out = [], themes = [];
      function rank(t) { return RANK[t] === undefined ? 99 : RANK[t]; }
      for (var k = 0; k + 1 < cuts.length; k++) {
        var a = cuts[k], b = cuts[k + 1], changed = false;
        (ends[a] || []).forEach(function (t) {
          active[t] -= 1;
          if (!active[t]) { delete active[t]; changed = true; }
        });
        (starts[a] || []).forEach(function (t) {
          active[t] = (active[t] || 0) + 1;
          changed = changed || active[t] === 1;
        });
        if (changed) {
          themes = Object.keys(active).sort(function (x, y) {
            return rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0);
          });
        }
        var last = out[out.length - 1];
        if (last && last[1].join(";") === themes.join(";")) { last[0] += cut(a, b); } else { out.push([cut(a, b), themes]); }
      }
      return out;
    }
    function el(tag, cls, text) {
      var e = document.createElement(tag);
      if (cls) { e.className = cls; }
      if (text !== undefined) { e.textContent = text; }
      return e;
    }
    function chip(t) {
      var c = el("span", "chip", label(t));
      c.title = t; c.dataset.theme = t;
      c.style.setProperty("--c", DATA.colors[t] || "#888888");
      c.style.setProperty("--ink", DATA.ink[t] || "#ffffff");
      return c;
    }
    function itemElement(it) {
      var li = el("li", "item");
      li.id = "item-" + it.id;
      var every = Object.keys(DATA.order).reduce(function (all, tax) {
        return all.concat(it.t[tax] || []);
      }, []);
      li.dataset.doc = it.doc.id; li.dataset.key = it.k; li.dataset.themes = every.join(";");
      var head = el("div", "item-head");
      var a = el("a", "key", it.k);
      a.href = "#item-" + it.id; a.title = it.kd + " · " + it.id;
      head.appendChild(a);
      var lines = el("span", "lines", it.ln);
      lines.title = "source lines in " + it.doc.id;
      head.appendChild(lines);
      if (it.dt) { head.appendChild(el("span", "lines", it.dt)); }
      if (it.lg) {
        var lg = el("span", "lines", it.lg);
        lg.title = "this item's language, not its document's";
        head.appendChild(lg);
      }
      var chips = el("span", "chips");
      every.forEach(function (t, k) {
        if (k) { chips.appendChild(document.createTextNode(" ")); }
        chips.appendChild(chip(t));
      });
      head.appendChild(chips);
      li.appendChild(head);
      var p = el("p", "text");
      if (it.lg) { p.lang = it.lg; }
      segments(it.text, allSpans()[it.i]).forEach(function (seg) {
        if (!seg[1].length) { p.appendChild(document.createTextNode(seg[0])); return; }
        var m = el("mark", null, seg[0]);
        m.dataset.theme = seg[1].join(";"); m.title = seg[1].join(", ");
        m.style.setProperty("--c", DATA.colors[seg[1][0]] || "#888888");
        p.appendChild(m);
      });
      li.appendChild(p);
      (it.n || []).forEach(function (note) {
        var n = el("p", "note");
        n.appendChild(el("sup", null, String(note[0])));
        n.appendChild(document.createTextNode(" " + note[1]));
        li.appendChild(n);
      });
      return li;
    }
    /* The same elements as the template's item_list, built with textContent only. */
    function renderDoc(det) {
      var box = det && det.querySelector(".doc-items[data-lazy]");
      if (!box) { return; }
      var d = docs[Number(box.dataset.lazy)];
      box.removeAttribute("data-lazy");
      box.textContent = "";
      var section = null, group = null;
      docItems[d.i].forEach(function (it) {
        if (!section || section.name !== it.s) {
          var sec = el("section", "doc-section");
          sec.dataset.section = it.s;
          var h = el("h4");
          h.appendChild(el("span", "section-name", it.s));
          if (d.titles[it.s]) { h.appendChild(document.createTextNode(" ")); h.appendChild(el("span", "section-title", d.titles[it.s])); }
          h.appendChild(document.createTextNode(" "));
          var m = el("span", "muted", "· ");
          var count = el("span", "section-count", "0");
          m.appendChild(count);
          h.appendChild(m);
          sec.appendChild(h);
          box.appendChild(sec);
          section = { name: it.s, el: sec, muted: m, count: count, n: 0 };
          group = null;
        }
        var heading = it.h || "";
        if (!group || group.heading !== heading) {
          var g = el("div", "item-group");
          if (heading) { g.appendChild(el("h5", "subheading", heading)); }
          var ol = el("ol", "items");
          g.appendChild(ol);
          section.el.appendChild(g);
          group = { heading: heading, ol: ol };
        }
        it.el = itemElement(it);
        group.ol.appendChild(it.el);
        section.n += 1;
        section.count.textContent = String(section.n);
        section.muted.dataset.total = String(section.n);
      });
      all(".doc-section > h4 .muted", box).forEach(function (m) {
        var n = Number(m.dataset.total);
        m.appendChild(document.createTextNode(" of " + plural(n, "item", "items")));
      });
      showItems(box);
    }
    function openItem(id) {
      var it = byId[id];
      if (!it) { return null; }
      var det = document.querySelector("details.doc[data-doc='" + CSS.escape(it.doc.id) + "']");
      if (det) { renderDoc(det); det.open = true; }
      return it.el;
    }
    /* A link to a document (the documents table, the note on documents with no items)
       opens it: it landed on its closed summary, its items and any reason out of sight. */
    function openDoc(anchor) {
      var det = $(anchor);
      if (det && det.tagName === "DETAILS") { renderDoc(det); det.open = true; }
    }
    function followHash() {
      var h = decodeURIComponent(location.hash || "");
      if (h.indexOf("#doc-") === 0) { openDoc(h.slice(1)); return; }
      if (h.indexOf("#item-") !== 0 || $(h.slice(1))) { return; }
      var target = openItem(h.slice(6));
      if (target) { target.scrollIntoView(); }
    }

    /* ---- chart helpers ---- */
    function note(el, text) {
      var n = el.nextElementSibling;
      if (!n || !n.classList.contains("empty-note")) {
        n = document.createElement("p");
        n.className = "empty-note";
        el.parentNode.insertBefore(n, el.nextSibling);
      }
      n.textContent = text;
      n.hidden = !text;
      el.hidden = !!text;
      return !text;
    }
    function draw(id, traces, layout, empty) {
      var el = $(id);
      if (!el || !DATA.figures[id]) { return; }
      if (!note(el, empty || "")) { delete pending[id]; return; }
      plot(el, traces, layout);
    }
    /* While the page starts, charts out of view wait: the page is ready to read and filter
       first, then they are drawn one by one, in page order (window.polcompareDrawn: all
       drawn). Later redraws (the filter) are immediate. */
    var booting = true, pending = {}, waiting = [];
    function nearView(el) {
      var r = el.getBoundingClientRect();
      return r.bottom > -300 && r.top < window.innerHeight + 300;
    }
    function plot(el, traces, layout) {
      if (booting && !nearView(el)) {
        if (!pending[el.id]) { waiting.push(el.id); }
        pending[el.id] = [el, traces, layout];
        return;
      }
      delete pending[el.id];
      react(el, traces, layout);
    }
    /* With responsive: true the plot fills its chart's box, which has no height of its own:
       on a window resize the box fell to its CSS min-height (200 px) and the plot spilled
       over the text below. The box takes the plot's height. */
    function react(el, traces, layout) {
      if (layout && layout.height) { el.style.height = layout.height + "px"; }
      /* profiles that turn from a heatmap to bars and back (the filter): reacting in place
         kept the other chart's axes, "Something went wrong with axis scaling" */
      var was = el.data && el.data.length && el.data[0].type, now = traces.length && traces[0].type;
      if (was && now && was !== now) { Plotly.purge(el); }
      Plotly.react(el, traces, layout, CONFIG).then(function () {
        if (!el.style.height && el._fullLayout) { el.style.height = el._fullLayout.height + "px"; }
      });
    }
    function drawWaiting(all) {
      while (waiting.length) {
        var p = pending[waiting.shift()];
        if (!p) { continue; }
        delete pending[p[0].id];
        react(p[0], p[1], p[2]);
        if (!all) { setTimeout(drawWaiting, 0); return; }
      }
      if (window.polcompareDrawn === undefined) { window.polcompareDrawn = performance.now(); }
    }
    function counts(list, taxonomy) {
      var c = {};
      list.forEach(function (it) { it.t[taxonomy].forEach(function (t) { c[t] = (c[t] || 0) + 1; }); });
      return c;
    }
    /* The items of a list the taxonomy's dictionary read (not those of a language it lacks). */
    function readBy(list, taxonomy) {
      return list.filter(function (it) { return !(it.u && it.u.indexOf(taxonomy) >= 0); });
    }
    function perDoc(list) {
      var m = {};
      list.forEach(function (it) { (m[it.doc.id] = m[it.doc.id] || []).push(it); });
      return m;
    }

    function drawThemes() {
      if (!DATA.figures["chart-themes"]) { return; }
      var c = counts(state.shown, "oap");
      var themes = DATA.order.oap.filter(function (t) { return c[t]; });
      themes.sort(function (a, b) { return c[b] - c[a] || DATA.order.oap.indexOf(a) - DATA.order.oap.indexOf(b); });
      var layout = layoutOf("chart-themes");
      var top = themes.length ? c[themes[0]] : 0;
      countAxis(layout.xaxis, top);
      layout.height = 80 + 26 * Math.max(themes.length, 1);
      var trace = Object.assign({}, DATA.figures["chart-themes"].data[0], {
        x: themes.map(function (t) { return c[t]; }),
        y: themes.map(label),
        customdata: themes,
        marker: { color: themes.map(function (t) { return DATA.colors[t] || "#888888"; }) }
      });
      /* items shown, none of them read (a language the dictionary lacks): "carries no
         theme" read as if they had been read and were silent */
      var unread = state.shown.length && !readBy(state.shown, "oap").length;
      draw("chart-themes", [trace], layout, themes.length ? "" : unread ?
        "No item shown was read: the Oslo Action Plan dictionary has no patterns in their language." :
        "No item shown carries an Oslo Action Plan theme.");
    }

    /* Columns (bars) of the charts that count items per document: the documents shown, or,
       beyond DATA.chart_docs of them, their languages (their types when they share one). */
    function docGroups() {
      /* a document that yields no item counts in no chart: it had a column of 0 in the
         coverage chart (and a language group of its own), as if read and silent */
      var ds = state.docs.filter(function (d) { return docItems[d.i].length; });
      if (ds.length <= DATA.chart_docs) {
        return { by: "document", groups: ds.map(function (d) { return { name: d.id, color: DATA.colors[d.id], docs: [d] }; }) };
      }
      var langs = {};
      ds.forEach(function (d) { langs[d.lang] = true; });
      var key = Object.keys(langs).length > 1 ? "lang" : "type";
      var m = {}, groups = [];
      ds.forEach(function (d) {
        if (!m[d[key]]) { m[d[key]] = { key: d[key], docs: [] }; groups.push(m[d[key]]); }
        m[d[key]].docs.push(d);
      });
      groups.sort(function (a, b) { return b.docs.length - a.docs.length || (a.key < b.key ? -1 : 1); });
      if (groups.length > DATA.chart_groups) {  /* the largest, and the rest together */
        var rest = groups.slice(DATA.chart_groups - 1);
        groups = groups.slice(0, DATA.chart_groups - 1);
        groups.push({
          key: plural(rest.length, key === "lang" ? "other language" : "other type", key === "lang" ? "other languages" : "other types"),
          docs: [].concat.apply([], rest.map(function (g) { return g.docs; }))
        });
      }
      groups.forEach(function (g, k) {
        g.name = String(g.key).replace(/_/g, " ") + " (" + plural(g.docs.length, "document", "documents") + ")";
        g.color = DATA.palette[k % DATA.palette.length];
      });
      return { by: key === "lang" ? "language" : "document type", groups: groups };
    }
    function perGroup(list, groups) {
      var at = {};
      groups.forEach(function (g, k) { g.docs.forEach(function (d) { at[d.id] = k; }); });
      var out = groups.map(function () { return []; });
      list.forEach(function (it) { if (at[it.doc.id] !== undefined) { out[at[it.doc.id]].push(it); } });
      return out;
    }

    /* Per taxonomy, per document with items: true when its dictionary reads none of them
       (their language). A filter that shows none of their items must not make them read as
       carrying no theme. */
    var neverRead = {};
    function neverReadDocs(taxonomy) {
      if (!neverRead[taxonomy]) {
        var m = neverRead[taxonomy] = {};
        items.forEach(function (it) {
          var unread = !!(it.u && it.u.indexOf(taxonomy) >= 0);
          var id = it.doc.id;
          m[id] = (m[id] === undefined ? true : m[id]) && unread;
        });
      }
      return neverRead[taxonomy];
    }

    function transpose(m) {
      return m.length ? m[0].map(function (_, j) { return m.map(function (row) { return row[j]; }); }) : m;
    }
    /* a theme's name over a column, in lines of at most width characters */
    function wrapped(text, width) {
      var lines = [], line = "";
      text.split(/\s+/).forEach(function (w) {
        if (line && line.length + 1 + w.length > width) { lines.push(line); line = w; }
        else { line = line ? line + " " + w : w; }
      });
      if (line) { lines.push(line); }
      return lines.join("<br>");
    }
    /* Column heads for the themes: their names in lines of DATA.label_line characters when
       the columns are wide enough for them side by side, or in shorter lines (down to
       DATA.label_line_min) that fit, else each on one line, upright (lines stood upright in
       29 px columns were drawn over one another). The plot's width is the chart's less its
       row names' room and the colour bar's (charts.fit_heads draws the first view). */
    function fitHeads(labels, rows, el) {
      var longest = 0;
      rows.forEach(function (r) { longest = Math.max(longest, String(r).length); });
      var room = Math.min(600, DATA.label_char_px * longest + 10);
      var width = ((el && el.clientWidth) || DATA.chart_px) - room - DATA.bar_px;
      for (var n = DATA.label_line; n >= DATA.label_line_min; n--) {
        var lines = labels.map(function (l) { return wrapped(l, n); });
        var widest = 0;
        lines.forEach(function (h) { h.split("<br>").forEach(function (l) { widest = Math.max(widest, l.length); }); });
        if (labels.length && width / labels.length >= DATA.label_char_px * widest + 4) {
          return { heads: lines, angle: 0 };
        }
      }
      return { heads: labels, angle: -90 };
    }
    /* the height column heads need: their longest line upright, or their lines side by side */
    function headRoom(heads) {
      var longest = 0, depth = 1;
      heads.forEach(function (h) {
        var lines = String(h).split("<br>");
        depth = Math.max(depth, lines.length);
        lines.forEach(function (l) { longest = Math.max(longest, l.length); });
      });
      var upright = longest ? Math.min(600, DATA.label_char_px * longest + 10) : 0;
      return Math.max(upright, 16 * depth + 10);
    }

    /* Documents by themes (whichever are more down the side): the Oslo coverage chart, and the profiles of a
       taxonomy when there are too many documents for bars (drawn into id from spec's style). */
    function drawDocsHeatmap(taxonomy, id, spec) {
      if (!DATA.figures[spec]) { return; }
      var g = docGroups(), groups = g.groups;
      var shown = perGroup(state.shown, groups);
      var lists = shown.map(function (list) { return readBy(list, taxonomy); });
      var never = neverReadDocs(taxonomy);
      /* a column of documents with items, none of them read: "not read" whatever is shown */
      var unreadCols = groups.map(function (grp) {
        var withItems = grp.docs.filter(function (d) { return never[d.id] !== undefined; });
        return withItems.length > 0 && withItems.every(function (d) { return never[d.id]; });
      });
      /* a column of documents the Oslo context rule kept every theme from: "not applied", not 0 */
      var held = {};
      if (taxonomy === "oap") { DATA.out_of_context.forEach(function (id) { held[id] = true; }); }
      var heldCols = groups.map(function (grp) {
        return grp.docs.length > 0 && grp.docs.every(function (d) { return held[d.id]; });
      });
      /* those columns are left out while others are shown: 24 rows of "not applied" made a
         grey wall over the two documents the themes were applied to (the note names them) */
      var keep = groups.map(function (grp, k) { return !heldCols[k] || unreadCols[k]; });
      if (keep.some(Boolean) && !keep.every(Boolean)) {
        var pick = function (arr) { return arr.filter(function (_, k) { return keep[k]; }); };
        groups = pick(groups); shown = pick(shown); lists = pick(lists);
        unreadCols = pick(unreadCols); heldCols = pick(heldCols);
      }
      var themes = DATA.order[taxonomy];
      var z = [], text = [], custom = [];
      var c = lists.map(function (list) { return counts(list, taxonomy); });
      themes.forEach(function (t) {
        var zr = [], tr = [], cr = [];
        lists.forEach(function (list, k) {
          var n = c[k][t] || 0;
          /* items shown but none read (their language): an empty cell saying so, not 0 */
          var unread = (shown[k].length && !list.length) || unreadCols[k];
          if (heldCols[k] && !unread) { zr.push(null); tr.push(DATA.not_applied); cr.push(t); return; }
          zr.push(list.length ? n / list.length : unread ? null : 0); tr.push(unread ? DATA.not_read : n); cr.push(t);
        });
        z.push(zr); text.push(tr); custom.push(cr);
      });
      var names = groups.map(function (x) { return x.name; });
      /* whichever are more run down the side: 28 documents as columns were 30 px wide, their
         counts printed 3 px high, their names upright over one another */
      var down = groups.length > themes.length;
      var fit = down ? fitHeads(themes.map(label), names, $(id)) : null;
      var heads = fit ? fit.heads : [];
      if (down) { z = transpose(z); text = transpose(text); custom = transpose(custom); }
      var trace = Object.assign({}, DATA.figures[spec].data[0], {
        z: z, text: text, customdata: custom,
        x: down ? heads : names, y: down ? names : themes.map(label),
        hovertemplate: (down ? DATA.heat_hover.down : DATA.heat_hover.across) + "<extra></extra>"
      });
      var layout = layoutOf(spec);
      var noun = layout.meta && layout.meta.noun || "Oslo Action Plan theme";
      var rows = down ? names : themes;
      layout.height = down ? Math.max(120, 40 + 26 * rows.length + headRoom(heads)) :
        Math.max(120 + 26 * rows.length, 60 + 16 * rows.length + headRoom(names));
      var docsTitle = { text: g.by === "document" ? "document" : "documents by " + g.by };
      layout.xaxis = Object.assign({}, layout.xaxis, { title: down ? { text: "" } : docsTitle, tickangle: fit ? fit.angle : "auto" });
      layout.yaxis = Object.assign({}, layout.yaxis, { title: down ? docsTitle : { text: "" } });
      var read = lists.some(function (list) { return list.length; });
      draw(id, [trace], layout, !(groups.length && state.shown.length) ? "No item shown." :
        read ? "" : "No item shown was read: the dictionary of " + noun + "s has no patterns in their language.");
    }

    function drawProfiles(taxonomy) {
      var id = "chart-" + taxonomy + "_profiles";
      if (!DATA.figures[id]) { return; }
      var grouping = docGroups(), groups = grouping.groups;
      /* beyond DATA.profile_bars columns, bars in near-identical colours: a heatmap */
      if (groups.length > DATA.profile_bars && DATA.figures[id + "_heatmap"]) {
        drawDocsHeatmap(taxonomy, id, id + "_heatmap"); return;
      }
      var lists = perGroup(state.shown, groups).map(function (list) { return readBy(list, taxonomy); });
      var themes = DATA.order[taxonomy];
      var layout = layoutOf(id);
      var noun = layout.meta && layout.meta.noun || "theme";
      var any = false;
      var traces = groups.map(function (g, k) { return [g, lists[k]]; }).filter(function (p) { return p[1].length; }).map(function (p) {
        var g = p[0], list = p[1], c = counts(list, taxonomy);
        var none = true;
        themes.forEach(function (t) { if (c[t]) { any = true; none = false; } });
        /* read, but no item carries any theme: the legend says so (the bars are all 0) */
        return {
          type: "bar", orientation: "h", name: none ? g.name + " (no item carries a " + noun + ")" : g.name,
          marker: { color: g.color },
          x: themes.map(function (t) { return (c[t] || 0) / list.length; }),
          y: themes.map(label),
          customdata: themes.map(function (t) { return [t, c[t] || 0, list.length]; }),
          hovertemplate: g.name.replace(/[<>&]/g, "") + "<br>%{y} (%{customdata[0]}): %{customdata[1]} of %{customdata[2]} items<extra></extra>"
        };
      });
      /* the legend's room for the bars drawn (rows of three names), not for every document:
         45 documents drawn as 3 languages left 330 px of blank plot above the legend */
      var room = 22 * Math.ceil(Math.max(traces.length, 1) / 3);
      layout.margin = Object.assign({}, layout.margin, { b: 60 + room });
      layout.meta = Object.assign({}, layout.meta, { legend_room: room });
      layout.height = 120 + themes.length * (10 + 9 * Math.max(traces.length, 1)) + room;
      if (grouping.by !== "document") {
        layout.xaxis = Object.assign({}, layout.xaxis, { title: { text: "share of the items of the documents in each " + grouping.by } });
      }
      var unread = state.shown.length && !lists.some(function (list) { return list.length; });
      draw(id, traces, layout, any ? "" : unread ?
        "No item shown was read: the dictionary of " + noun + "s has no patterns in their language." :
        "No item shown carries a " + noun + ".");
    }

    function paperShown() {
      return state.shown.filter(function (it) { return it.doc.id === DATA.roles.paper; });
    }

    function drawCoverage() {
      var id = "chart-coverage";
      if (!DATA.figures[id]) { return; }
      var spec = DATA.figures[id].data[0];
      var sections = spec.x;
      var list = paperShown();
      var themes = DATA.order.oap;
      var z = [], text = [];
      themes.forEach(function (t) {
        var zr = [], tr = [];
        sections.forEach(function (s) {
          var inS = list.filter(function (it) { return it.s === s; });
          var n = inS.filter(function (it) { return it.t.oap.indexOf(t) >= 0; }).length;
          zr.push(inS.length ? n / inS.length : 0); tr.push(n);
        });
        z.push(zr); text.push(tr);
      });
      var trace = Object.assign({}, spec, { z: z, text: text, y: themes.map(label), x: sections });
      draw(id, [trace], layoutOf(id), list.length ? "" : "No item of the position paper shown.");
    }

    function drawSankey() {
      var id = "chart-sankey";
      if (!DATA.figures[id]) { return; }
      var list = paperShown();
      var flows = {}, sections = [], themes = [];
      list.forEach(function (it) {
        it.t.oap.forEach(function (t) {
          var k = it.s + "\u0000" + t;
          if (!flows[k]) { flows[k] = { s: it.s, t: t, n: 0, keys: [] }; }
          flows[k].n += 1; flows[k].keys.push(it.k.split(" ").pop());
          if (sections.indexOf(it.s) < 0) { sections.push(it.s); }
          if (themes.indexOf(t) < 0) { themes.push(t); }
        });
      });
      themes.sort(function (a, b) { return DATA.order.oap.indexOf(a) - DATA.order.oap.indexOf(b); });
      var labels = sections.concat(themes.map(label));
      var keys = Object.keys(flows);
      function rgba(hex) {
        var n = parseInt(hex.slice(1), 16);
        return "rgba(" + (n >> 16) + "," + ((n >> 8) & 255) + "," + (n & 255) + ",0.4)";
      }
      var spec = DATA.figures[id].data[0];
      var trace = Object.assign({}, spec, {
        node: Object.assign({}, spec.node, {
          label: labels,
          color: sections.map(function () { return "#888888"; }).concat(themes.map(function (t) { return DATA.colors[t]; }))
        }),
        link: Object.assign({}, spec.link, {
          source: keys.map(function (k) { return sections.indexOf(flows[k].s); }),
          target: keys.map(function (k) { return sections.length + themes.indexOf(flows[k].t); }),
          value: keys.map(function (k) { return flows[k].n; }),
          color: keys.map(function (k) { return rgba(DATA.colors[flows[k].t] || "#888888"); }),
          customdata: keys.map(function (k) { return flows[k].keys.join(", "); })
        })
      });
      draw(id, [trace], layoutOf(id), keys.length ? "" : "No item of the position paper shown carries an Oslo theme.");
    }

    function drawAgreement() {
      var id = "chart-agreement";
      if (!DATA.figures[id] || !DATA.agreement) { return; }
      var rows = DATA.agreement.filter(function (r) { return state.ids[r.id]; });
      var traces = DATA.figures[id].data.map(function (tr) {
        if (tr.type === "scatter") {  // the crosses of items whose versions share no theme
          var none = rows.filter(function (r) { return r.j === 0; });
          return Object.assign({}, tr, {
            x: none.map(function (r) { return r.k; }),
            y: none.map(function () { return 0; })
          });
        }
        var part = rows.filter(function (r) { return r.s === tr.name; });
        return Object.assign({}, tr, {
          x: part.map(function (r) { return r.k; }),
          y: part.map(function (r) { return r.j; }),
          customdata: part.map(function (r) { return [r.a, r.b]; })
        });
      }).filter(function (tr) { return tr.x.length; });
      draw(id, traces, layoutOf(id), rows.length ? "" : "No aligned item of the position paper shown.");
    }

    function drawDocKeyness(docId) {
      var id = "chart-doc_keyness";
      if (!DATA.figures[id] || !DATA.tables.document_keyness) { return; }
      var col = colsOf("document_keyness");
      var rows = rowsOf("document_keyness").filter(function (r) { return r[col.doc_id] === docId; });
      rows.sort(function (a, b) { return a[col.g2] - b[col.g2]; });
      var colors = { target: "#0072B2", reference: "#D55E00" };
      var traces = ["target", "reference"].map(function (dir) {
        var part = rows.filter(function (r) { return r[col.direction] === dir; });
        return {
          type: "bar", orientation: "h", name: dir === "target" ? docId : "the other documents",
          x: part.map(function (r) { return r[col.g2]; }), y: part.map(function (r) { return r[col.word]; }),
          /* a term whose difference may be chance is pale (charts.SIGNIFICANT) */
          marker: { color: colors[dir], opacity: part.map(function (r) { return r[col.p] < SIGNIFICANT ? 1 : 0.3; }) },
          customdata: part.map(function (r) { return [r[col.n_target], r[col.n_reference], r[col.p]]; }),
          hovertemplate: "%{y}: G² %{x:.1f}<br>in this document: %{customdata[0]}<br>in the others: %{customdata[1]}<br>p: %{customdata[2]:.2g}<extra></extra>"
        };
      }).filter(function (tr) { return tr.x.length; });
      var layout = layoutOf(id);
      layout.yaxis = Object.assign({}, layout.yaxis, { categoryarray: rows.map(function (r) { return r[col.word]; }) });
      layout.height = Math.max(300, 18 * rows.length + 120);
      var weak = rows.filter(function (r) { return !(r[col.p] < SIGNIFICANT); }).length;
      layout.xaxis = Object.assign({}, layout.xaxis, { title: { text: "log-likelihood G² (signed)" +
        (weak ? "<br>pale: p ≥ " + SIGNIFICANT + " (" + weak + " of " + rows.length + " terms), may be chance" : "") } });
      draw(id, traces, layout, rows.length ? "" : "No words to compare.");
    }

    /* ---- concordance ---- */
    var kwicRows = [];
    function kwic() {
      var sel = $("kwic-theme");
      if (!sel) { return; }
      var parts = sel.value.split(":");
      var table = DATA.tables.evidence, col = colsOf("evidence"), rows = rowsOf("evidence");
      kwicRows = [];
      rows.forEach(function (r, k) {
        var i = table.ids[k][0];
        if (r[col.taxonomy] !== parts[0] || r[col.theme] !== parts[1] || i < 0 || !state.on[i]) { return; }
        var it = items[i], s = r[col.start], e = r[col.end], text = it.text;
        var cut = slicer(text), len = cpLength(text);
        var a = Math.max(0, s - 70), b = Math.min(len, e + 70);
        kwicRows.push({
          item: it, taxonomy: parts[0], theme: parts[1], start: s, end: e,
          left: (a > 0 ? "…" : "") + cut(a, s), match: cut(s, e),
          right: cut(e, b) + (b < len ? "…" : "")
        });
      });
      var body = $("kwic-body");
      body.textContent = "";
      kwicRows.slice(0, KWIC_MAX).forEach(function (r) {
        var tr = document.createElement("tr");
        var td = document.createElement("td"), a = document.createElement("a");
        a.href = "#item-" + r.item.id; a.className = "key"; a.textContent = r.item.k;
        a.title = r.item.doc.id;
        td.appendChild(a);
        var d = document.createElement("div"); d.className = "lines"; d.textContent = r.item.doc.id;
        td.appendChild(d);
        tr.appendChild(td);
        [["left", r.left], ["hit", r.match], ["right", r.right]].forEach(function (c) {
          var cell = document.createElement("td"); cell.className = c[0]; cell.textContent = c[1];
          tr.appendChild(cell);
        });
        body.appendChild(tr);
      });
      var n = kwicRows.length;
      $("kwic-count").textContent = plural(n, "match", "matches") + " in the items shown" +
        (n > KWIC_MAX ? " (the first " + KWIC_MAX + " listed; the CSV has all)" : "");
    }

    /* ---- the filter ---- */
    function langOf(it) { return it.lg || it.doc.lang; }
    function apply() {
      var want = boxes.filter(function (b) { return b.checked; })
        .map(function (b) { return [b.dataset.taxonomy, b.value]; });
      var doc = docSel.value, lang = langSel.value, q = fold(search.value.trim());
      /* the language is each item's: a document in one may hold a paragraph in another */
      var inLang = {};
      if (lang) { items.forEach(function (it) { if (langOf(it) === lang) { inLang[it.d] = true; } }); }
      state.docs = docs.filter(function (d) { return (!doc || d.id === doc) && (!lang || d.lang === lang || inLang[d.i]); });
      state.docOn = docs.map(function () { return false; });
      state.docs.forEach(function (d) { state.docOn[d.i] = true; });
      state.shown = items.filter(function (it) {
        return state.docOn[it.d] && (!lang || langOf(it) === lang) &&
          (!want.length || want.some(function (w) { return it.t[w[0]].indexOf(w[1]) >= 0; })) &&
          (!q || norm(it).indexOf(q) >= 0);
      });
      state.ids = {};
      state.on = new Uint8Array(items.length);
      state.shown.forEach(function (it) { state.ids[it.id] = true; state.on[it.i] = 1; });
      showItems(document);
      var per = perDoc(state.shown);
      all("details.doc").forEach(function (det) {
        var d = det.dataset.doc;
        det.querySelector(".doc-count").textContent = String((per[d] || []).length);
        det.hidden = !state.docOn[byDoc[d]];
      });
      all("tr[data-ids]").forEach(function (tr) {
        tr.hidden = !tr.dataset.ids.split(";").some(function (i) { return state.ids[i]; });
      });
      var n = state.shown.length;
      $("shown-count").textContent = String(n);
      $("shown-noun").textContent = n === 1 ? "item" : "items";
      $("chosen-count").textContent = want.length ? "(" + want.length + " chosen)" : "";
      var c = {};
      ["oap", "policy", "stance"].forEach(function (tax) { c[tax] = counts(state.shown, tax); });
      all("[data-n]").forEach(function (el) {
        var p = el.dataset.n.split(":");
        el.textContent = String((c[p[0]] || {})[p[1]] || 0);
      });
      drawThemes(); drawDocsHeatmap("oap", "chart-coverage_docs", "chart-coverage_docs"); drawProfiles("policy"); drawProfiles("stance");
      drawCoverage(); drawSankey(); drawAgreement();
      kwic();
    }

    /* Items drawn under root: hidden when the filter leaves them out, sections counted. */
    function showItems(root) {
      all("li.item", root).forEach(function (li) {
        var it = byId[li.id.slice(5)];
        if (it) { li.hidden = !state.on[it.i]; }
      });
      all(".doc-section", root).forEach(function (sec) {
        var n = all("li.item", sec).filter(function (li) { return !li.hidden; }).length;
        sec.querySelector(".section-count").textContent = String(n);
        sec.hidden = n === 0;
      });
      all(".item-group", root).forEach(function (g) { g.hidden = !g.querySelector("li.item:not([hidden])"); });
    }

    /* ---- CSV downloads ---- */
    function cell(v) {
      if (v === null || v === undefined) { return ""; }
      var s = String(v);
      return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    }
    function tableOf(name) {
      if (name === "items") {
        return {
          columns: ["doc_id", "lang", "doc_type", "item_id", "section", "key", "text", "themes_oap", "themes_policy", "themes_stance"],
          rows: state.shown.map(function (it) {
            return [it.doc.id, langOf(it), it.doc.type, it.id, it.s, it.k, it.text,
              it.t.oap.join(";"), it.t.policy.join(";"), it.t.stance.join(";")];
          })
        };
      }
      if (name === "kwic") {
        return {
          columns: ["doc_id", "item_id", "key", "taxonomy", "theme", "label", "left", "match", "right", "start", "end"],
          rows: kwicRows.map(function (r) {
            return [r.item.doc.id, r.item.id, r.item.k, r.taxonomy, r.theme, label(r.theme), r.left, r.match, r.right, r.start, r.end];
          })
        };
      }
      if (name === "theme_profiles") {
        var per = perDoc(state.shown), rows = [];
        state.docs.forEach(function (d) {
          var list = per[d.id] || [];
          ["oap", "policy", "stance"].forEach(function (tax) {
            var read = readBy(list, tax), c = counts(read, tax);
            DATA.order[tax].forEach(function (t) {
              /* share of the items read: empty when none was (a language the dictionary lacks) */
              rows.push([d.id, tax, t, label(t), list.length, read.length, c[t] || 0, read.length ? (c[t] || 0) / read.length : ""]);
            });
          });
        });
        return { columns: ["doc_id", "taxonomy", "theme", "label", "items_shown", "items_read", "items_with_theme", "share"], rows: rows };
      }
      var t = DATA.tables[name];
      if (!t) { return null; }
      return {
        columns: t.columns,
        rows: rowsOf(name).filter(function (r, k) {
          if (t.ids) { return t.ids[k].some(function (i) { return i >= 0 && state.on[i] === 1; }); }
          if (t.docs) { return t.docs[k] >= 0 && state.docOn[t.docs[k]]; }
          return true;
        })
      };
    }
    function download(name) {
      var t = tableOf(name);
      if (!t) { return; }
      var text = "\ufeff" + [t.columns].concat(t.rows).map(function (r) { return r.map(cell).join(","); }).join("\r\n") + "\r\n";
      var url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
      var a = document.createElement("a");
      a.href = url; a.download = "polcompare-" + name + ".csv";
      document.body.appendChild(a); a.click(); a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    }
    window.polcompareTable = tableOf;

    /* ---- start ---- */
    Object.keys(DATA.figures).forEach(function (id) {
      var el = $(id);
      if (el && COUNTED.indexOf(id) < 0 && id !== "chart-doc_keyness") {
        var meta = DATA.figures[id].layout.meta;  /* a chart with nothing to draw says why */
        if (!DATA.figures[id].data.length && meta && meta.empty) { note(el, meta.empty); return; }
        plot(el, DATA.figures[id].data, layoutOf(id));
      }
    });
    var kd = $("keyness-doc");
    if (kd) {
      drawDocKeyness(kd.value);
      kd.addEventListener("change", function () { drawDocKeyness(kd.value); });
    }
    /* A theme just ticked in the filter is the concordance's theme, when it has matches. */
    function followTheme(box) {
      var sel = $("kwic-theme");
      if (!sel || !box.checked) { return; }
      var value = box.dataset.taxonomy + ":" + box.value;
      if ([].some.call(sel.options, function (o) { return o.value === value; })) { sel.value = value; }
    }
    boxes.forEach(function (b) {
      b.addEventListener("change", function () { followTheme(b); apply(); });
    });
    [docSel, langSel].forEach(function (s) { s.addEventListener("change", apply); });
    var timer = null;
    search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
    if ($("kwic-theme")) {
      /* Start with the Oslo theme matched most often. */
      var n = {}, ec = colsOf("evidence");
      rowsOf("evidence").forEach(function (r) { var k = r[ec.taxonomy] + ":" + r[ec.theme]; n[k] = (n[k] || 0) + 1; });
      var keys = Object.keys(n), oap = keys.filter(function (k) { return k.indexOf("oap:") === 0; });
      var best = (oap.length ? oap : keys).sort(function (a, b) { return n[b] - n[a]; })[0];
      if (best) { $("kwic-theme").value = best; }
      $("kwic-theme").addEventListener("change", kwic);
    }
    $("clear-filter").addEventListener("click", function () {
      boxes.forEach(function (b) { b.checked = false; });
      search.value = ""; docSel.value = ""; langSel.value = "";
      apply();
    });
    $("show-marks").addEventListener("change", function (e) {
      document.body.classList.toggle("plain", !e.target.checked);
    });
    all("button.csv").forEach(function (b) {
      b.addEventListener("click", function () { download(b.dataset.table); });
    });
    if (window.matchMedia && window.matchMedia("(max-width: 1000px)").matches) {
      $("theme-panel").open = false;
    }
    window.addEventListener("beforeprint", function () {
      all("details.doc").forEach(function (d) { renderDoc(d); d.open = true; });
      drawWaiting(true);
    });
    all("details.doc").forEach(function (det) {
      det.addEventListener("toggle", function () { if (det.open) { renderDoc(det); } });
      if (det.open) { renderDoc(det); }
    });
    /* A link to an item not drawn yet: draw its document first, then follow the link. */
    document.addEventListener("click", function (e) {
      var a = e.target.closest && e.target.closest("a[href^='#item-']");
      if (a) { openItem(decodeURIComponent(a.getAttribute("href").slice(6))); }
      var d = e.target.closest && e.target.closest("a[href^='#doc-']");
      if (d) { openDoc(decodeURIComponent(d.getAttribute("href").slice(1))); }
    }, true);
    window.addEventListener("hashchange", followHash);
    all("table.sortable").forEach(function (table) {
      all("th[data-sort]", table).forEach(function (th, k) {
        th.addEventListener("click", function () {
          var down = th.getAttribute("aria-sort") !== "descending";
          all("th", table).forEach(function (x) { x.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", down ? "descending" : "ascending");
          var body = table.tBodies[0], num = th.dataset.sort === "num";
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = a.cells[k].textContent, y = b.cells[k].textContent;
            var c = num ? Number(x) - Number(y) : x.localeCompare(y);
            return down ? -c : c;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      });
    });
    apply();
    followHash();
    booting = false;
    window.polcompareReady = performance.now();
    setTimeout(drawWaiting, 0);
  }
})();
