/* polcompare report: the filter, the charts that count items, search, concordance and
   CSV downloads, all in the page (no kernel, no network). Document text is only ever put
   into the page with textContent. Included by report.html.j2: no template tags here. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("report-data").textContent);
  var CONFIG = {
    responsive: true, displaylogo: false, modeBarButtonsToRemove: ["select2d", "lasso2d"],
    toImageButtonOptions: { format: "png", scale: 2 }
  };
  /* Charts recomputed from the items shown; the others are drawn once from their spec. */
  var COUNTED = ["chart-themes", "chart-coverage_docs", "chart-policy_profiles",
    "chart-stance_profiles", "chart-coverage", "chart-sankey", "chart-agreement"];
  var KWIC_MAX = 500;

  function $(id) { return document.getElementById(id); }
  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
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

  /* ---- items, their elements and texts ---- */
  var docs = DATA.docs;
  var items = DATA.items;
  var byId = {};
  items.forEach(function (it) {
    it.doc = docs[it.d];
    it.el = $("item-" + it.id);
    var p = it.el ? it.el.querySelector(".text") : null;
    it.text = p ? p.textContent : "";
    it.norm = fold(it.text);
    byId[it.id] = it;
  });
  var boxes = all("input.theme-filter");
  var search = $("search"), docSel = $("doc-select"), langSel = $("lang-select");
  var state = { shown: items, ids: {}, docs: docs };

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
    if (!note(el, empty || "")) { return; }
    Plotly.react(el, traces, layout, CONFIG);
  }
  function counts(list, taxonomy) {
    var c = {};
    list.forEach(function (it) { it.t[taxonomy].forEach(function (t) { c[t] = (c[t] || 0) + 1; }); });
    return c;
  }
  function perDoc(list) {
    var m = {};
    list.forEach(function (it) { (m[it.doc.id] = m[it.doc.id] || []).push(it); });
    return m;
  }

  function drawThemes() {
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
    draw("chart-themes", [trace], layout,
      themes.length ? "" : "No item shown carries an Oslo Action Plan theme.");
  }

  function drawDocsHeatmap() {
    var id = "chart-coverage_docs";
    var groups = perDoc(state.shown);
    var ds = state.docs;
    var themes = DATA.order.oap;
    var z = [], text = [], custom = [];
    themes.forEach(function (t) {
      var zr = [], tr = [], cr = [];
      ds.forEach(function (d) {
        var list = groups[d.id] || [];
        var n = list.filter(function (it) { return it.t.oap.indexOf(t) >= 0; }).length;
        zr.push(list.length ? n / list.length : 0); tr.push(n); cr.push(t);
      });
      z.push(zr); text.push(tr); custom.push(cr);
    });
    var trace = Object.assign({}, DATA.figures[id].data[0], {
      z: z, text: text, customdata: custom, y: themes.map(label), x: ds.map(function (d) { return d.id; })
    });
    draw(id, [trace], layoutOf(id), ds.length && state.shown.length ? "" : "No item shown.");
  }

  function drawProfiles(taxonomy) {
    var id = "chart-" + taxonomy + "_profiles";
    if (!DATA.figures[id]) { return; }
    var groups = perDoc(state.shown);
    var themes = DATA.order[taxonomy];
    var any = false;
    var traces = state.docs.filter(function (d) { return groups[d.id]; }).map(function (d) {
      var list = groups[d.id], c = counts(list, taxonomy);
      themes.forEach(function (t) { if (c[t]) { any = true; } });
      return {
        type: "bar", orientation: "h", name: d.id, marker: { color: DATA.colors[d.id] },
        x: themes.map(function (t) { return (c[t] || 0) / list.length; }),
        y: themes.map(label),
        customdata: themes.map(function (t) { return [t, c[t] || 0, list.length]; }),
        hovertemplate: d.id.replace(/[<>&]/g, "") + "<br>%{y} (%{customdata[0]}): %{customdata[1]} of %{customdata[2]} items<extra></extra>"
      };
    });
    var layout = layoutOf(id);
    layout.height = 120 + themes.length * (10 + 9 * Math.max(traces.length, 1));
    draw(id, traces, layout, any ? "" : "No item shown carries a " + (layout.meta && layout.meta.noun || "theme") + ".");
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
    var table = DATA.tables.document_keyness;
    if (!DATA.figures[id] || !table) { return; }
    var col = {};
    table.columns.forEach(function (c, k) { col[c] = k; });
    var rows = table.rows.filter(function (r) { return r[col.doc_id] === docId; });
    rows.sort(function (a, b) { return a[col.g2] - b[col.g2]; });
    var colors = { target: "#0072B2", reference: "#D55E00" };
    var traces = ["target", "reference"].map(function (dir) {
      var part = rows.filter(function (r) { return r[col.direction] === dir; });
      return {
        type: "bar", orientation: "h", name: dir === "target" ? docId : "the other documents",
        x: part.map(function (r) { return r[col.g2]; }), y: part.map(function (r) { return r[col.word]; }),
        marker: { color: colors[dir] },
        customdata: part.map(function (r) { return [r[col.n_target], r[col.n_reference], r[col.p]]; }),
        hovertemplate: "%{y}: G² %{x:.1f}<br>in this document: %{customdata[0]}<br>in the others: %{customdata[1]}<br>p: %{customdata[2]:.2g}<extra></extra>"
      };
    }).filter(function (tr) { return tr.x.length; });
    var layout = layoutOf(id);
    layout.yaxis = Object.assign({}, layout.yaxis, { categoryarray: rows.map(function (r) { return r[col.word]; }) });
    layout.height = Math.max(300, 18 * rows.length + 120);
    draw(id, traces, layout, rows.length ? "" : "No words to compare.");
  }

  /* ---- concordance ---- */
  var kwicRows = [];
  function kwic() {
    var sel = $("kwic-theme");
    if (!sel) { return; }
    var parts = sel.value.split(":");
    var table = DATA.tables.evidence, col = {};
    table.columns.forEach(function (c, k) { col[c] = k; });
    kwicRows = table.rows.filter(function (r) {
      return r[col.taxonomy] === parts[0] && r[col.theme] === parts[1] && state.ids[r[col.item_id]];
    }).map(function (r) {
      var it = byId[r[col.item_id]], s = r[col.start], e = r[col.end], text = it.text;
      var a = Math.max(0, s - 70), b = Math.min(text.length, e + 70);
      return {
        item: it, taxonomy: parts[0], theme: parts[1], start: s, end: e,
        left: (a > 0 ? "…" : "") + text.slice(a, s), match: text.slice(s, e),
        right: text.slice(e, b) + (b < text.length ? "…" : "")
      };
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
  function apply() {
    var want = boxes.filter(function (b) { return b.checked; })
      .map(function (b) { return [b.dataset.taxonomy, b.value]; });
    var doc = docSel.value, lang = langSel.value, q = fold(search.value.trim());
    state.docs = docs.filter(function (d) { return (!doc || d.id === doc) && (!lang || d.lang === lang); });
    state.shown = items.filter(function (it) {
      return (!doc || it.doc.id === doc) && (!lang || it.doc.lang === lang) &&
        (!want.length || want.some(function (w) { return it.t[w[0]].indexOf(w[1]) >= 0; })) &&
        (!q || it.norm.indexOf(q) >= 0);
    });
    state.ids = {};
    state.shown.forEach(function (it) { state.ids[it.id] = true; });
    items.forEach(function (it) { if (it.el) { it.el.hidden = !state.ids[it.id]; } });
    all(".doc-section").forEach(function (sec) {
      var n = all("li.item", sec).filter(function (li) { return !li.hidden; }).length;
      sec.querySelector(".section-count").textContent = String(n);
      sec.hidden = n === 0;
    });
    all(".item-group").forEach(function (g) { g.hidden = !g.querySelector("li.item:not([hidden])"); });
    var per = perDoc(state.shown);
    all("details.doc").forEach(function (det) {
      var d = det.dataset.doc;
      det.querySelector(".doc-count").textContent = String((per[d] || []).length);
      det.hidden = !state.docs.some(function (x) { return x.id === d; });
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
    drawThemes(); drawDocsHeatmap(); drawProfiles("policy"); drawProfiles("stance");
    drawCoverage(); drawSankey(); drawAgreement();
    kwic();
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
          return [it.doc.id, it.doc.lang, it.doc.type, it.id, it.s, it.k, it.text,
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
          var c = counts(list, tax);
          DATA.order[tax].forEach(function (t) {
            rows.push([d.id, tax, t, label(t), list.length, c[t] || 0, list.length ? (c[t] || 0) / list.length : 0]);
          });
        });
      });
      return { columns: ["doc_id", "taxonomy", "theme", "label", "items_shown", "items_with_theme", "share"], rows: rows };
    }
    var t = DATA.tables[name];
    if (!t) { return null; }
    var keep = state.docs.map(function (d) { return d.id; });
    return {
      columns: t.columns,
      rows: t.rows.filter(function (r, k) {
        if (t.ids) { return t.ids[k].some(function (i) { return state.ids[i]; }); }
        if (t.docs) { return keep.indexOf(t.docs[k]) >= 0; }
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
      Plotly.newPlot(el, DATA.figures[id].data, layoutOf(id), CONFIG);
    }
  });
  var kd = $("keyness-doc");
  if (kd) {
    drawDocKeyness(kd.value);
    kd.addEventListener("change", function () { drawDocKeyness(kd.value); });
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  [docSel, langSel].forEach(function (s) { s.addEventListener("change", apply); });
  var timer = null;
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  if ($("kwic-theme")) {
    /* Start with the Oslo theme matched most often. */
    var ev = DATA.tables.evidence, n = {};
    var ti = ev.columns.indexOf("taxonomy"), hi = ev.columns.indexOf("theme");
    ev.rows.forEach(function (r) { var k = r[ti] + ":" + r[hi]; n[k] = (n[k] || 0) + 1; });
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
    all("details.doc").forEach(function (d) { d.open = true; });
  });
  apply();
  window.polcompareReady = performance.now();
})();
