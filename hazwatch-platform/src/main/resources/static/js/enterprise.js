// The enterprise page, the operator's console and the warning pages: live values and list refreshes from the
// page's Server-Sent Events feed (data-live), the trend chart (ECharts) with its limit lines and range picker,
// and the countdowns of handling deadlines (data-deadline).
(function () {
  'use strict';
  var root = document.querySelector('[data-live]');
  var labels = {};
  document.querySelectorAll('#band-labels [data-band]').forEach(function (dd) {
    labels[dd.getAttribute('data-band')] = dd.textContent;
  });
  var liveState = document.getElementById('live-state');
  var liveText = liveState ? liveState.textContent : '';

  function format(v) {
    return Number(v).toLocaleString('zh-CN', {minimumFractionDigits: 2, maximumFractionDigits: 2});
  }

  function showReading(r) {
    var row = document.querySelector('#point-table tr[data-point="' + r.p + '"]');
    if (!row) {
      return;
    }
    row.querySelector('.value').textContent = format(r.v);
    row.querySelector('.time').textContent = r.t;
    if (row.getAttribute('data-filed') !== 'true') {
      row.setAttribute('data-band', r.band);
      var state = row.querySelector('.state');
      if (state) {
        state.textContent = labels[r.band] || r.band;
      }
    }
    row.classList.add('flash');
    setTimeout(function () { row.classList.remove('flash'); }, 700);
  }

  function refresh(what) {
    document.querySelectorAll('[data-refresh~="' + what + '"]').forEach(function (el) {
      if (window.htmx) {
        window.htmx.trigger(el, 'refresh');
      }
    });
  }

  function listen(root) {
    var source = new EventSource(root.getAttribute('data-live'));
    source.addEventListener('hello', function () {
      if (liveState) {
        liveState.classList.add('on');
        liveState.textContent = root.getAttribute('data-live-on') || '实时';
      }
      root.setAttribute('data-live-ready', 'true');
    });
    source.onerror = function () {
      if (liveState) {
        liveState.classList.remove('on');
        liveState.textContent = liveText;
      }
    };
    source.addEventListener('readings', function (e) {
      JSON.parse(e.data).forEach(showReading);
    });
    // video (issue 14): a camera came online or went offline
    source.addEventListener('cameras', function (e) {
      var c = JSON.parse(e.data);
      document.querySelectorAll('#cameras tr[data-camera]').forEach(function (row) {
        if (row.getAttribute('data-camera') !== c.camera) { return; }
        var state = row.querySelector('.state');
        state.className = c.online ? 'state on' : 'state off';
        state.textContent = c.online ? '在线' : '离线';
      });
    });
    ['alarms', 'warnings'].forEach(function (what) {
      source.addEventListener(what, function () { refresh(what); });
    });
    window.addEventListener('beforeunload', function () { source.close(); });
  }

  if (root) {
    listen(root);
  }

  // trend chart
  var trend = document.getElementById('trend');
  var chart = null;
  var trendUrl = null;
  var limitColours = {HH: '#c62828', H: '#ef8a00', L: '#ef8a00', LL: '#c62828'};

  // the y-axis spans the values and every limit, with a margin; the measuring range when there is nothing else
  function axisExtent(values, low, high) {
    if (!values.length) {
      return {min: low, max: high};
    }
    var min = Math.min.apply(null, values);
    var max = Math.max.apply(null, values);
    var margin = (max - min) * 0.08 || Math.abs(max) * 0.05 || 1;
    var digits = Math.max(0, 2 - Math.floor(Math.log10(margin)));
    var round = function (v) { return Number(v.toFixed(Math.min(6, digits))); };
    return {min: round(min - margin), max: round(max + margin)};
  }

  function drawTrend(range) {
    fetch(trendUrl + '?range=' + range, {headers: {'Accept': 'application/json'}})
      .then(function (response) { return response.json(); })
      .then(function (t) {
        var limits = Object.keys(t.limits).map(function (k) {
          return {name: k, yAxis: t.limits[k], lineStyle: {color: limitColours[k], type: k.length === 2 ? 'solid' : 'dashed'},
                  label: {formatter: k + ' ' + t.limits[k], position: 'insideEndTop'}};
        });
        var values = Object.keys(t.limits).map(function (k) { return t.limits[k]; });
        t.buckets.forEach(function (b) { values.push(b.min, b.max); });
        var extent = axisExtent(values, t.rangeLow, t.rangeHigh);
        document.getElementById('trend-source').textContent = t.buckets.length
          ? '数据来源：' + ({RAW: '原始值', MINUTE: '分钟汇总', TEN_MINUTE: '10分钟汇总', HOUR: '小时汇总'}[t.source] || t.source)
            + '，每点 ' + t.bucketSeconds + ' 秒'
          : '该时段无数据';
        if (!chart) {
          chart = window.echarts.init(document.getElementById('trend-chart'));
          window.addEventListener('resize', function () { chart.resize(); });
        }
        chart.setOption({
          animation: false,
          tooltip: {trigger: 'axis'},
          legend: {data: ['平均', '最小', '最大']},
          grid: {left: 60, right: 80, top: 40, bottom: 40},
          xAxis: {type: 'time', min: t.from, max: t.to},
          yAxis: {type: 'value', name: t.unit, min: extent.min, max: extent.max,
                  axisLabel: {showMinLabel: false, showMaxLabel: false}},
          series: [
            {name: '平均', type: 'line', showSymbol: t.buckets.length < 60, lineStyle: {width: 2},
             data: t.buckets.map(function (b) { return [b.time, b.avg]; }),
             markLine: {symbol: 'none', silent: true, data: limits}},
            {name: '最小', type: 'line', showSymbol: false, lineStyle: {width: 1, opacity: .4},
             data: t.buckets.map(function (b) { return [b.time, b.min]; })},
            {name: '最大', type: 'line', showSymbol: false, lineStyle: {width: 1, opacity: .4},
             data: t.buckets.map(function (b) { return [b.time, b.max]; })}
          ]
        }, true);
      });
  }

  document.addEventListener('click', function (e) {
    var open = e.target.closest('[data-trend]');
    if (open && trend) {
      trendUrl = open.getAttribute('data-trend');
      document.getElementById('trend-name').textContent = open.getAttribute('data-name');
      trend.hidden = false;
      trend.querySelectorAll('[data-range]').forEach(function (b) { b.classList.toggle('on', b.getAttribute('data-range') === '1h'); });
      drawTrend('1h');
      trend.scrollIntoView({behavior: 'smooth', block: 'nearest'});
      return;
    }
    var range = e.target.closest('[data-range]');
    if (range && trendUrl) {
      trend.querySelectorAll('[data-range]').forEach(function (b) { b.classList.toggle('on', b === range); });
      drawTrend(range.getAttribute('data-range'));
    }
  });

  // countdowns (data-deadline: epoch ms) and the console's clock
  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-deadline]').forEach(function (el) {
      var left = Math.round((Number(el.getAttribute('data-deadline')) - now) / 1000);
      var sign = left < 0 ? '超时 ' : '剩余 ';
      var s = Math.abs(left);
      var text = sign + Math.floor(s / 3600) + ':' + String(Math.floor(s / 60) % 60).padStart(2, '0') + ':' + String(s % 60).padStart(2, '0');
      el.textContent = text;
      el.classList.toggle('overdue', left < 0);
    });
    var clock = document.getElementById('clock');
    if (clock) {
      clock.textContent = new Date().toLocaleString('zh-CN', {timeZone: document.body.dataset.zone, hour12: false});
    }
  }
  tick();
  setInterval(tick, 1000);
})();
