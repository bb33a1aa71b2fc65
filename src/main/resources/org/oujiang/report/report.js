/* Oujiang report page: draws the embedded report data (facts, neighbourhood graph, indicator charts). */
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('report-data').textContent);
  var SERVED = location.protocol === 'http:' || location.protocol === 'https:';
  var COLOURS = {Region: '#2f6fb0', Company: '#e8833a', GovernmentAgency: '#7b61c4', Person: '#c44f8b',
    Industry: '#3a9d5d', Policy: '#c9a227', Indicator: '#5aa6b8', Other: '#8a96a3'};
  var catName = {};
  DATA.types.forEach(function (t) { catName[t.key] = t.name; });
  var byIri = {};
  DATA.graph.nodes.forEach(function (n) { byIri[n.entity.iri] = n.entity; });
  byIri[DATA.entity.iri] = DATA.entity;
  var charts = [];

  function el(tag, attrs) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'cls') { e.className = attrs[k]; }
      else { e.setAttribute(k, attrs[k]); }
    });
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c !== null && c !== undefined) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); }
    }
    return e;
  }
  function reportUrl(ent) {
    return ent.path.indexOf('://') > 0 ? '/report?name=' + encodeURIComponent(ent.path)
      : '/report/' + ent.path.split('/').map(encodeURIComponent).join('/');
  }
  function entityLink(ent) {
    var a = el('a', {cls: 'ent', 'data-iri': ent.iri, title: ent.kind + ' · ' + ent.iri, text: ent.label});
    if (SERVED) { a.href = reportUrl(ent); }
    else { a.href = '#graph-section'; a.addEventListener('click', function () { recentre(ent.iri); }); }
    return a;
  }
  function badge(ent) {
    var b = el('span', {cls: 'badge', text: ent.kind});
    b.style.background = COLOURS[ent.category] || COLOURS.Other;
    return b;
  }
  function source(ev) {
    return (ev.title ? '《' + ev.title + '》' : '') + (ev.date ? ' ' + ev.date : '');
  }
  function evidenceBlock(list) {
    var d = el('details', {cls: 'evidence', title: list.map(function (ev) {
      return (ev.sentence ? '“' + ev.sentence + '” ' : '') + source(ev); }).join('\n')});
    d.appendChild(el('summary', {text: ' ▸ ' + list.length + ' 处来源'}));
    list.forEach(function (ev) {
      if (ev.sentence) { d.appendChild(el('blockquote', {text: ev.sentence})); }
      d.appendChild(el('cite', {text: source(ev) || '参考数据'}));
    });
    return d;
  }

  /* Header and stories. */
  var sub = [DATA.entity.kind];
  if (DATA.altLabels.length) { sub.push('又称 ' + DATA.altLabels.join('、')); }
  if (DATA.adminCode) { sub.push('行政区划代码 ' + DATA.adminCode); }
  var nFigures = DATA.series.reduce(function (n, s) { return n + s.points.length; }, 0);
  sub.push(DATA.groups.reduce(function (n, g) { return n + g.facts.length; }, 0) + ' 条事实 · ' + nFigures
    + ' 个数字 · ' + DATA.stories.length + ' 篇报道');
  document.getElementById('subtitle').textContent = sub.join(' · ');
  if (SERVED) { document.getElementById('home-link').hidden = false; }
  var stories = document.getElementById('stories');
  DATA.stories.forEach(function (s) {
    stories.appendChild(el('li', {'data-text': s.title}, (s.date ? s.date + '  ' : ''), el('span', {text: s.title})));
  });

  /* Facts grouped by relation. */
  var factsBox = document.getElementById('facts');
  DATA.groups.forEach(function (g) {
    var head = g.outgoing ? DATA.entity.label + ' ' + g.name + ' …' : '… ' + g.name + ' ' + DATA.entity.label;
    var det = el('details', {cls: 'group', open: ''}, el('summary', {},
      head + ' ', el('span', {cls: 'muted count', text: '(' + g.facts.length + ')'})));
    var ul = el('ul', {cls: 'facts'});
    g.facts.forEach(function (f) {
      var text = [f.subject.label, g.name, f.object.label, f.other.kind].concat(f.evidence.map(function (e) {
        return e.sentence + ' ' + e.title; })).join(' ').toLowerCase();
      ul.appendChild(el('li', {'data-cat': f.other.category, 'data-text': text}, badge(f.other),
        entityLink(f.other), ' ', evidenceBlock(f.evidence)));
    });
    det.appendChild(ul);
    factsBox.appendChild(det);
  });
  if (!DATA.groups.length) { factsBox.appendChild(el('p', {cls: 'muted', text: '没有关系事实。'})); }

  /* Indicator charts. */
  var chartsBox = document.getElementById('charts');
  DATA.series.forEach(function (s) {
    var periods = [];
    s.points.forEach(function (p) {
      var k = p.period || '未注明时期';
      if (periods.indexOf(k) < 0) { periods.push(k); }
    });
    var main = periods.map(function (k) {
      var pts = s.points.filter(function (p) { return (p.period || '未注明时期') === k; });
      return {value: pts[0].shown, pts: pts, conflict: pts.some(function (p) { return p.conflict; })};
    });
    var conflicts = [];
    s.points.forEach(function (p) {
      if (p.conflict) { conflicts.push({value: [periods.indexOf(p.period), p.shown], pts: [p], conflict: true}); }
    });
    var card = el('div', {cls: 'chart-card' + (conflicts.length ? ' has-conflict' : ''),
      'data-text': (s.indicator + ' ' + s.points.map(function (p) {
        return p.evidence.sentence + ' ' + p.evidence.title; }).join(' ')).toLowerCase()},
      el('h3', {text: s.indicator + (s.unit ? '（' + s.unit + '）' : '')}));
    var box = el('div', {cls: 'chart'});
    card.appendChild(box);
    var ul = el('ul', {cls: 'points'});
    s.points.forEach(function (p) {
      ul.appendChild(el('li', {cls: p.conflict ? 'conflict' : ''}, (p.period || '未注明时期') + '：' + p.value + p.unit
        + (p.conflict ? ' ⚠ ' : ' '), evidenceBlock([p.evidence])));
    });
    card.appendChild(el('details', {}, el('summary', {cls: 'muted', text: s.points.length + ' 个数字及出处'}), ul));
    chartsBox.appendChild(card);
    var chart = echarts.init(box, null, {renderer: 'svg'});
    chart.setOption({
      animation: false,
      grid: {left: 56, right: 16, top: 24, bottom: 28},
      tooltip: {trigger: 'item', confine: true, formatter: function (prm) {
        var pts = prm.data.pts || [];
        return pts.map(function (p) {
          return (p.period || '未注明时期') + '：' + p.value + p.unit + ' ' + source(p.evidence);
        }).join('<br>') + (prm.data.conflict ? '<br><b style="color:#d64545">⚠ 报道之间有分歧</b>' : '');
      }},
      xAxis: {type: 'category', data: periods},
      yAxis: {type: 'value', name: s.unit, scale: periods.length > 1},
      series: [{name: s.indicator, type: periods.length > 1 ? 'line' : 'bar', data: main, barMaxWidth: 48,
        label: {show: true, position: 'top', fontSize: 11},
        itemStyle: {color: '#2f6fb0'}},
        {name: '分歧', type: 'scatter', data: conflicts, symbol: 'pin', symbolSize: 26, z: 5,
          itemStyle: {color: '#d64545'}}]
    });
    charts.push({chart: chart, series: s, periods: periods, card: card});
  });
  if (!DATA.series.length) { chartsBox.appendChild(el('p', {cls: 'muted', text: '没有数字。'})); }

  /* Neighbourhood graph. */
  var graph = echarts.init(document.getElementById('graph'), null, {renderer: 'svg'});
  var present = [];
  DATA.graph.nodes.forEach(function (n) {
    if (present.indexOf(n.entity.category) < 0) { present.push(n.entity.category); }
  });
  var categories = DATA.types.filter(function (t) { return present.indexOf(t.key) >= 0; });
  var centre = DATA.entity.iri;

  function neighbourhood(iri) {
    var depth = {}; depth[iri] = 0;
    var frontier = [iri];
    for (var d = 1; d <= 2; d++) {
      var next = [];
      DATA.graph.edges.forEach(function (e) {
        [[e.source, e.target], [e.target, e.source]].forEach(function (pair) {
          if (frontier.indexOf(pair[0]) >= 0 && depth[pair[1]] === undefined) { depth[pair[1]] = d; next.push(pair[1]); }
        });
      });
      frontier = next;
    }
    return depth;
  }
  function recentre(iri) {
    centre = iri;
    var depth = neighbourhood(iri);
    var ids = Object.keys(depth);
    var rings = [[], [], []];
    ids.forEach(function (id) { rings[depth[id]].push(id); });
    var w = graph.getWidth(), h = graph.getHeight(), r = Math.min(w, h);
    function place(id) { /* deterministic start: depth rings around the centre, then the force layout */
      var d = depth[id], i = rings[d].indexOf(id), a = 2 * Math.PI * i / rings[d].length + d * 0.35;
      return [w / 2 + Math.cos(a) * r * 0.22 * d * (d === 2 ? 0.9 : 1), h / 2 + Math.sin(a) * r * 0.22 * d * 0.9];
    }
    var nodes = ids.map(function (id) {
      var ent = byIri[id];
      var d = depth[id];
      var xy = place(id);
      return {name: id, text: ent.label, kind: ent.kind,
        category: categories.findIndex(function (c) { return c.key === ent.category; }),
        symbolSize: d === 0 ? 44 : d === 1 ? 24 : 13, draggable: true,
        fixed: d === 0, x: xy[0], y: xy[1],
        label: {show: d <= 1 || Object.keys(depth).length < 60, fontWeight: d === 0 ? 'bold' : 'normal',
          fontSize: d === 0 ? 15 : 12}};
    });
    var links = DATA.graph.edges.filter(function (e) {
      return depth[e.source] !== undefined && depth[e.target] !== undefined;
    }).map(function (e) {
      return {source: e.source, target: e.target, relation: e.relation,
        label: {show: depth[e.source] + depth[e.target] <= 1, formatter: e.relation, fontSize: 10}};
    });
    graph.setOption({
      animation: false,
      tooltip: {formatter: function (p) {
        return p.dataType === 'edge' ? byIri[p.data.source].label + ' ' + p.data.relation + ' ' + byIri[p.data.target].label
          : p.data.text + '（' + p.data.kind + '）';
      }},
      legend: [{data: categories.map(function (c) { return c.name; }), top: 0}],
      series: [{type: 'graph', layout: 'force', roam: true, draggable: true, data: nodes, links: links,
        categories: categories.map(function (c) { return {name: c.name, itemStyle: {color: COLOURS[c.key]}}; }),
        label: {position: 'right', formatter: function (p) { return p.data.text; }},
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 6, lineStyle: {color: '#9fb3c8', curveness: 0.1},
        emphasis: {focus: 'adjacency'},
        force: {repulsion: 240, edgeLength: [50, 130], gravity: 0.16, layoutAnimation: false}}]
    }, {replaceMerge: ['series']});
    var ent = byIri[iri];
    document.getElementById('graph-centre').textContent = '中心：' + ent.label + '（' + ent.kind + '，'
      + (nodes.length - 1) + ' 个邻近实体）';
    var link = document.getElementById('graph-report-link');
    link.hidden = !SERVED || iri === DATA.entity.iri;
    if (SERVED) { link.href = reportUrl(ent); }
    summary();
  }
  graph.on('click', function (p) { if (p.dataType === 'node') { recentre(p.data.name); } });
  document.getElementById('graph-reset').addEventListener('click', function () { recentre(DATA.entity.iri); });

  /* Type filter and search. */
  var filter = document.getElementById('type-filter');
  var hiddenCats = {};
  DATA.types.forEach(function (t) {
    var box = el('input', {type: 'checkbox', checked: '', 'data-cat': t.key});
    box.addEventListener('change', function () {
      hiddenCats[t.key] = !box.checked;
      graph.dispatchAction({type: box.checked ? 'legendSelect' : 'legendUnSelect', name: t.name});
      apply();
    });
    var sw = el('span', {text: '■ '}); sw.style.color = COLOURS[t.key];
    filter.appendChild(el('label', {}, box, sw, t.name));
  });
  var search = document.getElementById('search');
  search.addEventListener('input', apply);
  function apply() {
    var q = search.value.trim().toLowerCase();
    var shown = 0;
    document.querySelectorAll('details.group').forEach(function (g) {
      var visible = 0;
      g.querySelectorAll('ul.facts > li').forEach(function (li) {
        var ok = !hiddenCats[li.getAttribute('data-cat')] && (!q || li.getAttribute('data-text').indexOf(q) >= 0);
        li.classList.toggle('hidden', !ok);
        if (ok) { visible++; }
      });
      g.querySelector('.count').textContent = '(' + visible + ')';
      g.classList.toggle('hidden', visible === 0);
      shown += visible;
    });
    charts.forEach(function (c) {
      c.card.classList.toggle('hidden', !!q && c.card.getAttribute('data-text').indexOf(q) < 0);
    });
    document.getElementById('match-count').textContent = q || Object.keys(hiddenCats).some(function (k) {
      return hiddenCats[k]; }) ? shown + ' 条事实符合' : '';
  }
  document.getElementById('expand-all').addEventListener('click', function () {
    document.querySelectorAll('details.group').forEach(function (d) { d.open = true; });
  });
  document.getElementById('collapse-all').addEventListener('click', function () {
    document.querySelectorAll('details.group').forEach(function (d) { d.open = false; });
  });
  window.addEventListener('resize', function () {
    graph.resize(); charts.forEach(function (c) { c.chart.resize(); });
  });

  /* What ECharts holds after drawing, for tests and scripts reading the rendered page. */
  function summary() {
    var s = document.getElementById('render-summary');
    var nodes = graph.getOption().series[0].data.map(function (d) { return d.text; });
    var drawn = charts.map(function (c) {
      var opt = c.chart.getOption();
      return {indicator: c.series.indicator, unit: c.series.unit, type: opt.series[0].type,
        points: opt.xAxis[0].data.map(function (k, i) {
          var v = opt.series[0].data[i]; return k + '=' + (v && v.value !== undefined ? v.value : v); })};
    });
    s.setAttribute('data-graph-nodes', nodes.join('|'));
    s.setAttribute('data-charts', drawn.map(function (c) { return c.indicator + ':' + c.points.join(','); }).join('|'));
    s.setAttribute('data-svg-texts', document.querySelectorAll('#graph svg text, #charts svg text').length);
    s.textContent = JSON.stringify({centre: centre, nodes: nodes, charts: drawn});
    document.body.setAttribute('data-rendered', 'true');
  }
  recentre(DATA.entity.iri);
})();
