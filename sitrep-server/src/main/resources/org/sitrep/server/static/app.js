// Sitrep web UI: event details in the reader, and ECharts charts fed by JSON embedded in the page.
(function () {
  'use strict';
  const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'ACCUSE', 'REQUEST', 'REJECT',
    'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT', 'STATEMENT', 'OTHER'];
  const COLOURS = ['#2563eb', '#16a34a', '#0d9488', '#65a30d', '#059669', '#7c3aed', '#a855f7', '#ea580c', '#0891b2', '#db2777',
    '#dc2626', '#f59e0b', '#b45309', '#9f1239', '#7f1d1d', '#000000', '#6b7280', '#9ca3af'];
  function colour(type) { const i = PLOVER.indexOf(type); return COLOURS[i < 0 ? COLOURS.length - 1 : i]; }
  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);
  }
  function data(id) { const el = document.getElementById(id); return el ? JSON.parse(el.textContent) : null; }

  function showEvent(id) {
    document.querySelectorAll('.selected').forEach(e => e.classList.remove('selected'));
    document.querySelectorAll('[data-event="' + CSS.escape(id) + '"]').forEach(e => e.classList.add('selected'));
    const d = document.getElementById('detail-' + id);
    if (d) { d.hidden = false; d.scrollIntoView({block: 'nearest'}); }
  }
  document.addEventListener('click', e => {
    const t = e.target.closest('[data-event]');
    if (t && (t.classList.contains('ev') || t.classList.contains('event-button'))) { showEvent(t.dataset.event); }
  });

  function timeline(el, rows) {
    const chart = echarts.init(el);
    chart.setOption({
      animation: false, tooltip: {trigger: 'axis'},
      xAxis: {type: 'time'}, yAxis: {type: 'value', name: 'events', minInterval: 1},
      series: [{type: 'bar', name: 'events', data: rows.filter(r => r.day).map(r => [r.day, r.events]), itemStyle: {color: '#2563eb'}}]
    });
  }
  function network(el, net) {
    const chart = echarts.init(el);
    const max = Math.max(1, ...net.edges.map(e => e.weight));
    chart.setOption({
      animation: false, tooltip: {},
      legend: [{data: PLOVER.filter(t => net.edges.some(e => e.type === t))}],
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true, force: {repulsion: 220, edgeLength: 120},
        label: {show: true}, edgeSymbol: ['none', 'arrow'],
        data: net.nodes.map(n => ({name: n.id, value: n.events, symbolSize: 12 + Math.min(30, 4 * n.events)})),
        links: net.edges.map(e => ({source: e.source, target: e.target, value: e.weight,
          tooltip: {formatter: esc(e.source + ' → ' + e.target + ': ' + e.type + ' (' + e.weight + ' source(s))')},
          lineStyle: {color: colour(e.type), width: 1 + 5 * e.weight / max, curveness: 0.15}}))
      }]
    });
  }
  // Country shapes (GeoJSON shipped with Sitrep, served from /geo/world.json) shaded by events; places as dots.
  function map(el, points, regions) {
    const chart = echarts.init(el);
    fetch(el.dataset.shapes).then(r => { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); }).then(shapes => {
      echarts.registerMap('world', shapes);
      const max = Math.max(1, ...regions.map(r => r.value));
      chart.setOption({
        animation: false,
        tooltip: {trigger: 'item', formatter: p => esc(p.name) + (p.seriesType === 'scatter' ? ': ' + p.value[2] + ' event(s)'
          : (p.value > 0 ? ': ' + p.value + ' event(s)' : ''))},
        visualMap: {type: 'continuous', seriesIndex: 0, min: 0, max: max, inRange: {color: ['#fde68a', '#b91c1c']},
          text: ['events', ''], left: 10, bottom: 10, calculable: false},
        geo: {map: 'world', roam: true, itemStyle: {areaColor: '#e5e7eb', borderColor: '#9ca3af', borderWidth: 0.5},
          emphasis: {label: {show: false}, itemStyle: {areaColor: '#cbd5e1'}}},
        series: [{type: 'map', geoIndex: 0, name: 'events per country', data: regions},
          {type: 'scatter', coordinateSystem: 'geo', name: 'places', data: points.map(p => ({name: p.name, value: [p.lon, p.lat, p.events]})),
            symbolSize: v => 6 + Math.min(18, 2 * v[2]), itemStyle: {color: '#1e3a8a'},
            label: {show: true, formatter: p => p.data.name, position: 'right', color: '#111827'}}]
      });
      el.dataset.ready = 'true';
    }).catch(e => { el.textContent = 'The country shapes could not be loaded (' + e.message + ').'; });
  }
  function health(el) {
    fetch('/api/health').then(r => r.json()).then(h => { el.textContent = 'Engine: ' + h.status; });
  }
  document.addEventListener('DOMContentLoaded', () => {
    const t = document.getElementById('timeline'); if (t) { timeline(t, data('timeline-data') || []); }
    const n = document.getElementById('network'); if (n) { network(n, data('network-data') || {nodes: [], edges: []}); }
    const m = document.getElementById('map'); if (m) { map(m, data('map-data') || [], data('regions-data') || []); }
    const h = document.getElementById('health'); if (h) { health(h); }
  });
})();
