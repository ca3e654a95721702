/*
 * presslens report: live Vega views with tooltips, drill-down panels, filterable and sortable tables.
 * A classic script (module scripts do not load from file:// pages), shipped in the report's assets/
 * and allowed by the page's Content-Security-Policy as 'self'. Vega runs with vega-interpreter
 * (`ast: true`), so no expression is compiled with new Function and 'unsafe-eval' is not needed.
 *
 * Every string from the data (titles, names, quotes, terms) reaches the page through textContent or
 * setAttribute on attributes that cannot run code; nothing is written as HTML.
 */
(function () {
  'use strict';
  var doc = document;
  var hasOwn = Object.prototype.hasOwnProperty;

  function el(tag, className, text) {
    var e = doc.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function readJson(id) {
    var s = doc.getElementById(id);
    if (!s) return null;
    try {
      return JSON.parse(s.textContent);
    } catch (e) {
      return null;
    }
  }

  function fmt(n) {
    return Number(n).toLocaleString('en-US');
  }

  function signed(x) {
    return (x >= 0 ? '+' : '\u2212') + Math.abs(x).toFixed(2);
  }

  var FORMS = ['direct quote', 'partial quote', 'reported speech', '"according to"'];

  /** A source's figures (drill.ts `sourceFigures`) as one line. */
  function sourceMeta(f) {
    var parts = [f[0] + ', ' + (f[1] ? 'named' : 'anonymous')];
    parts.push(fmt(f[2]) + ' statement' + (f[2] === 1 ? '' : 's') + ' in ' + fmt(f[3]) + ' article' + (f[3] === 1 ? '' : 's'));
    var forms = [];
    for (var i = 0; i < 4; i++) if (f[4 + i] > 0) forms.push(FORMS[i] + ' ' + fmt(f[4 + i]));
    if (forms.length) parts.push(forms.join(', '));
    if (typeof f[8] === 'number') {
      var tone = 'mean tone ' + signed(f[8]);
      if (typeof f[9] === 'number' && typeof f[10] === 'number') tone += ', 95% interval ' + signed(f[9]) + ' to ' + signed(f[10]);
      if (typeof f[11] === 'number') tone += ', n = ' + fmt(f[11]);
      parts.push(tone);
    }
    return parts.join(' \u00b7 ');
  }

  /* ---- tooltips (Vega calls the handler with value null to hide it) ---- */
  var tipBox = null;
  function tooltip(handler, event, item, value) {
    if (!tipBox) {
      tipBox = el('div', 'pl-tooltip');
      tipBox.setAttribute('role', 'tooltip');
      tipBox.hidden = true;
      doc.body.appendChild(tipBox);
    }
    if (value === null || value === undefined || value === '') {
      tipBox.hidden = true;
      return;
    }
    tipBox.textContent = '';
    if (typeof value === 'object' && !Array.isArray(value)) {
      var t = el('table');
      var body = el('tbody');
      Object.keys(value).forEach(function (k) {
        var tr = el('tr');
        tr.appendChild(el('td', 'key', k));
        tr.appendChild(el('td', null, value[k]));
        body.appendChild(tr);
      });
      t.appendChild(body);
      tipBox.appendChild(t);
    } else {
      tipBox.textContent = String(value);
    }
    tipBox.hidden = false;
    var x = event.clientX + 14;
    var y = event.clientY + 14;
    var w = tipBox.offsetWidth;
    var h = tipBox.offsetHeight;
    if (x + w > window.innerWidth - 8) x = Math.max(8, event.clientX - w - 14);
    if (y + h > window.innerHeight - 8) y = Math.max(8, event.clientY - h - 14);
    tipBox.style.left = x + 'px';
    tipBox.style.top = y + 'px';
  }

  /** A labelled search box with a match count, put before `before`. */
  function filterBox(text, placeholder, before) {
    var label = el('label', 'filter');
    label.appendChild(doc.createTextNode(text));
    var input = el('input');
    input.type = 'search';
    input.placeholder = placeholder;
    var count = el('span', 'count');
    label.appendChild(input);
    label.appendChild(count);
    before.parentNode.insertBefore(label, before);
    return { input: input, count: count };
  }

  /* ---- tables: a filter box and sortable columns ---- */
  function sortRows(table, index, th) {
    var ths = table.querySelectorAll('thead th');
    var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    for (var i = 0; i < ths.length; i++) ths[i].removeAttribute('aria-sort');
    th.setAttribute('aria-sort', dir);
    var numeric = th.classList.contains('num');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var keyed = rows.map(function (tr, i) {
      var cell = tr.cells[index];
      var text = cell ? cell.textContent : '';
      var v = numeric ? parseFloat(text.replace(/[,\s]/g, '').replace('\u2212', '-')) : text.toLowerCase();
      return { tr: tr, v: v, i: +(tr.getAttribute('data-i') || i) };
    });
    keyed.sort(function (a, b) {
      var c;
      if (numeric) {
        var an = isNaN(a.v);
        var bn = isNaN(b.v);
        c = an || bn ? (an === bn ? 0 : an ? 1 : -1) : (a.v - b.v) * (dir === 'ascending' ? 1 : -1);
        if (an || bn) return c || a.i - b.i;
      } else {
        c = a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
        if (dir === 'descending') c = -c;
      }
      return c || a.i - b.i;
    });
    keyed.forEach(function (k) { body.appendChild(k.tr); });
  }

  function enhanceTable(table) {
    if (table.getAttribute('data-enhanced')) return;
    table.setAttribute('data-enhanced', '1');
    var wrap = table.parentElement;
    var body = table.tBodies[0];
    if (!body) return;
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (tr, i) { tr.setAttribute('data-i', String(i)); });
    if (rows.length > 1) {
      var box = filterBox('Filter rows', 'type to filter', wrap);
      var input = box.input;
      var count = box.count;
      input.addEventListener('input', function () {
        var q = input.value.trim().toLowerCase();
        var shown = 0;
        rows.forEach(function (tr) {
          var hit = !q || tr.textContent.toLowerCase().indexOf(q) >= 0;
          tr.hidden = !hit;
          if (hit) shown++;
        });
        count.textContent = q ? shown + ' of ' + rows.length + ' rows' : '';
      });
    }
    var ths = table.querySelectorAll('thead th');
    Array.prototype.forEach.call(ths, function (th, i) {
      var b = el('button', null, th.textContent);
      b.type = 'button';
      b.title = (th.getAttribute('title') ? th.getAttribute('title') + ' \u2014 ' : '') + 'click to sort';
      th.textContent = '';
      th.appendChild(b);
      b.addEventListener('click', function () { sortRows(table, i, th); });
    });
  }

  /* ---- drill-down: the rows behind a clicked mark ---- */
  var drillData;
  function drillEntry(key) {
    if (drillData === undefined) drillData = readJson('drill-data') || {};
    return typeof key === 'string' && hasOwn.call(drillData, key) ? drillData[key] : null;
  }

  /** Only links the report itself makes: quotes.html, optionally with an anchor. */
  function safeHref(h) {
    return typeof h === 'string' && /^quotes\.html(#[a-z0-9-]+)?$/.test(h) ? h : null;
  }

  function cellNode(v) {
    var td = el('td');
    if (v && typeof v === 'object') {
      var href = safeHref(v.h);
      if (href) {
        var a = el('a', null, v.t);
        a.href = href;
        td.appendChild(a);
      } else td.textContent = String(v.t);
    } else if (v !== null && v !== undefined) td.textContent = typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 3 }) : String(v);
    return td;
  }

  function showDrill(chart, key) {
    var entry = drillEntry(key);
    var panel = doc.getElementById('drill-' + chart);
    if (!panel || !entry) return;
    panel.textContent = '';
    var close = el('button', 'close', 'Close');
    close.type = 'button';
    close.addEventListener('click', function () { panel.hidden = true; panel.textContent = ''; });
    panel.appendChild(close);
    var h = el('h3', null, entry.title);
    h.tabIndex = -1;
    panel.appendChild(h);
    if (entry.source) panel.appendChild(el('p', null, sourceMeta(entry.source)));
    (entry.lines || []).forEach(function (l) { panel.appendChild(el('p', null, l)); });
    var href = entry.link && safeHref(entry.link[0]);
    if (href) {
      var p = el('p');
      var a = el('a', null, entry.link[1]);
      a.href = href;
      p.appendChild(a);
      panel.appendChild(p);
    }
    if (entry.columns && entry.rows && entry.rows.length) {
      var wrap = el('div', 'table-wrap');
      var table = el('table', 'data');
      var head = el('tr');
      var num = entry.num || [];
      entry.columns.forEach(function (c, i) {
        var th = el('th', num.indexOf(i) >= 0 ? 'num' : null, c);
        th.scope = 'col';
        head.appendChild(th);
      });
      var thead = el('thead');
      thead.appendChild(head);
      table.appendChild(thead);
      var body = el('tbody');
      entry.rows.forEach(function (r) {
        var tr = el('tr');
        r.forEach(function (v, i) {
          var td = cellNode(v);
          if (num.indexOf(i) >= 0) td.className = 'num';
          tr.appendChild(td);
        });
        body.appendChild(tr);
      });
      table.appendChild(body);
      wrap.appendChild(table);
      panel.appendChild(wrap);
      enhanceTable(table);
    }
    if (entry.more) panel.appendChild(el('p', 'tablenote', entry.more));
    panel.hidden = false;
    panel.scrollIntoView({ block: 'nearest' });
    h.focus({ preventScroll: true });
  }

  /* ---- live charts ---- */
  function liveChart(fig) {
    var name = fig.getAttribute('data-chart');
    var spec = readJson('spec-' + name);
    var container = fig.querySelector('.live');
    if (!spec || !container) return;
    var view = new window.vega.View(window.vega.parse(spec, null, { ast: true }), {
      expr: window.vegaInterpreter.expressionInterpreter,
      renderer: 'svg',
      container: container,
      hover: true,
    });
    view.tooltip(tooltip);
    view.addEventListener('click', function (event, item) {
      var d = item && item.datum;
      if (d && typeof d.drill === 'string') showDrill(name, d.drill);
    });
    view.runAsync().then(function () {
      fig.classList.add('is-live');
      fig.setAttribute('data-live', '1');
    });
  }

  function liveCharts() {
    if (!window.vega || !window.vegaInterpreter) return;
    var figs = Array.prototype.slice.call(doc.querySelectorAll('figure[data-chart]'));
    if (!('IntersectionObserver' in window)) {
      figs.forEach(liveChart);
      return;
    }
    // Charts come alive as they near the viewport: the page shows its static SVGs at once.
    var io = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (!e.isIntersecting) return;
        io.unobserve(e.target);
        liveChart(e.target);
      });
    }, { rootMargin: '600px 0px' });
    figs.forEach(function (f) { io.observe(f); });
  }

  /* ---- quotes page: sections drawn from the page's data block as they near the viewport ---- */
  var QUOTE_HEAD = ['Quote', 'Cue', 'Form', 'Article', 'Date', '\u00b6'];

  function quoteRow(q, data) {
    var art = data.articles[q[3]] || ['', ''];
    var tr = el('tr');
    tr.appendChild(el('td', null, q[0]));
    tr.appendChild(el('td', null, data.cues[q[1]]));
    tr.appendChild(el('td', null, data.forms[q[2]]));
    tr.appendChild(el('td', null, art[0]));
    tr.appendChild(el('td', 'date', art[1]));
    tr.appendChild(el('td', 'num', q[4] === null ? '' : q[4]));
    return tr;
  }

  /** A source's heading and figures; its quotes table is filled in later (see fill). */
  function sourceShell(src) {
    var sec = el('section', 'source');
    if (/^[a-z0-9-]+$/.test(src.a)) sec.id = src.a;
    sec.appendChild(el('h3', null, src.n));
    var meta = el('p', 'meta', sourceMeta(src.f) + (src.f[2] > src.q.length ? ' \u00b7 first ' + fmt(src.q.length) + ' listed' : '') + ' \u00b7 ');
    var self = el('a', null, 'link');
    self.href = '#' + sec.id;
    meta.appendChild(self);
    sec.appendChild(meta);
    var table = el('table', 'quotes');
    var head = el('tr');
    QUOTE_HEAD.forEach(function (c, i) {
      var th = el('th', i === 5 ? 'num' : null, c);
      th.scope = 'col';
      if (i === 5) th.title = 'paragraph';
      head.appendChild(th);
    });
    var thead = el('thead');
    thead.appendChild(head);
    table.appendChild(thead);
    table.appendChild(el('tbody'));
    sec.appendChild(table);
    return sec;
  }

  function quotesPage() {
    var list = doc.getElementById('sources');
    var data = readJson('quotes-data');
    if (!list || !data) return;
    var query = '';
    var sections = data.sources.map(function (src) {
      var s = { src: src, el: sourceShell(src), filled: null, head: (src.n + ' ' + src.f[0]).toLowerCase(), text: null, match: null };
      list.appendChild(s.el);
      return s;
    });
    function texts(s) {
      if (!s.text) s.text = s.src.q.map(function (q) { var a = data.articles[q[3]] || ['', '']; return (q[0] + ' ' + data.cues[q[1]] + ' ' + a[0] + ' ' + a[1]).toLowerCase(); });
      return s.text;
    }
    /** The quotes of a section the filter keeps (all when the source's name matches). */
    function kept(s) {
      if (!query || s.head.indexOf(query) >= 0) return s.src.q;
      var t = texts(s);
      return s.src.q.filter(function (q, i) { return t[i].indexOf(query) >= 0; });
    }
    function fill(s) {
      if (s.filled === query) return;
      var body = s.el.querySelector('tbody');
      var rows = s.match || kept(s);
      var frag = doc.createDocumentFragment();
      rows.forEach(function (q) { frag.appendChild(quoteRow(q, data)); });
      body.textContent = '';
      body.appendChild(frag);
      s.filled = query;
    }
    var byEl = new Map();
    sections.forEach(function (s) { byEl.set(s.el, s); });
    var io = 'IntersectionObserver' in window ? new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { if (e.isIntersecting) fill(byEl.get(e.target)); });
    }, { rootMargin: '1200px 0px' }) : null;
    sections.forEach(function (s) { if (io) io.observe(s.el); else fill(s); });

    var box = filterBox('Filter sources and quotes', 'a name, a word of a quote, a headline', list);
    var input = box.input;
    var count = box.count;
    var timer = 0;
    function apply() {
      query = input.value.trim().toLowerCase();
      var shown = 0;
      sections.forEach(function (s) {
        s.match = query ? kept(s) : null;
        var any = !query || s.match.length > 0;
        s.el.hidden = !any;
        if (any) shown++;
        if (s.filled !== null && any) {
          s.filled = null;
          if (io) { io.unobserve(s.el); io.observe(s.el); } else fill(s);
        }
      });
      count.textContent = query ? shown + ' of ' + sections.length + ' sources' : '';
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(apply, 150);
    });
    // the sections exist only now: go to the anchor the page was opened with
    var target = location.hash && doc.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) {
      fill(byEl.get(target));
      target.scrollIntoView();
    }
  }

  function start() {
    Array.prototype.forEach.call(doc.querySelectorAll('main table.data'), enhanceTable);
    quotesPage();
    liveCharts();
  }
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start);
  else start();
})();
