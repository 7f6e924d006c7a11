// The what-if page (报警回放, issue 18): the point's history over the replayed window with its current limits
// (solid) and the proposed ones (dashed) as lines, drawn with ECharts as the enterprise page's trend is.
(function () {
  'use strict';
  var colours = {HH: '#c62828', H: '#ef8a00', L: '#ef8a00', LL: '#c62828'};

  function limits(el, side) {
    var out = {};
    ['ll', 'l', 'h', 'hh'].forEach(function (k) {
      var v = el.getAttribute('data-' + side + '-' + k);
      if (v !== null && v !== '') {
        out[k.toUpperCase()] = Number(v);
      }
    });
    return out;
  }

  function lines(set, proposed) {
    return Object.keys(set).map(function (k) {
      var name = (proposed ? '建议 ' : '当前 ') + k;
      return {name: name, yAxis: set[k],
              lineStyle: {color: proposed ? '#155a9c' : colours[k], type: proposed ? 'dashed' : 'solid', width: proposed ? 2 : 1},
              label: {formatter: name + ' ' + set[k], position: proposed ? 'insideStartTop' : 'insideEndTop'}};
    });
  }

  function draw(el) {
    var current = limits(el, 'current');
    var proposed = limits(el, 'proposed');
    fetch(el.getAttribute('data-url'), {headers: {'Accept': 'application/json'}})
      .then(function (response) { return response.json(); })
      .then(function (t) {
        var values = [];
        Object.keys(current).forEach(function (k) { values.push(current[k]); });
        Object.keys(proposed).forEach(function (k) { values.push(proposed[k]); });
        t.buckets.forEach(function (b) { values.push(b.min, b.max); });
        var min = Math.min.apply(null, values);
        var max = Math.max.apply(null, values);
        var margin = (max - min) * 0.08 || Math.abs(max) * 0.05 || 1;
        document.getElementById('whatif-chart-source').textContent = t.buckets.length
          ? '数据来源：' + ({RAW: '原始值', MINUTE: '分钟汇总', TEN_MINUTE: '10分钟汇总', HOUR: '小时汇总'}[t.source] || t.source)
            + '，每点 ' + t.bucketSeconds + ' 秒'
          : '该时段无数据';
        var chart = window.echarts.init(el);
        window.addEventListener('resize', function () { chart.resize(); });
        chart.setOption({
          animation: false,
          tooltip: {trigger: 'axis'},
          legend: {data: ['平均', '最小', '最大']},
          grid: {left: 60, right: 100, top: 40, bottom: 40},
          xAxis: {type: 'time', min: t.from, max: t.to},
          yAxis: {type: 'value', name: t.unit, min: Number((min - margin).toPrecision(6)),
                  max: Number((max + margin).toPrecision(6)), axisLabel: {showMinLabel: false, showMaxLabel: false}},
          series: [
            {name: '平均', type: 'line', showSymbol: t.buckets.length < 60, lineStyle: {width: 2},
             data: t.buckets.map(function (b) { return [b.time, b.avg]; }),
             markLine: {symbol: 'none', silent: true, data: lines(current, false).concat(lines(proposed, true))}},
            {name: '最小', type: 'line', showSymbol: false, lineStyle: {width: 1, opacity: .4},
             data: t.buckets.map(function (b) { return [b.time, b.min]; })},
            {name: '最大', type: 'line', showSymbol: false, lineStyle: {width: 1, opacity: .4},
             data: t.buckets.map(function (b) { return [b.time, b.max]; })}
          ]
        }, true);
        el.setAttribute('data-drawn', String(t.buckets.length));
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('whatif-chart');
    if (el && window.echarts) {
      draw(el);
    }
  });
}());
