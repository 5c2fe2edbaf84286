// Draws the equity report's charts with uPlot from the page's JSON (script#report-data).
// Plain JavaScript, no framework. A suppressed rate is null: a gap in the chart, never zero.
(function () {
  'use strict';

  var report = JSON.parse(document.getElementById('report-data').textContent);

  function grouping(id) {
    return report.groupings.filter(function (g) { return g.id === id; })[0];
  }

  function percent(rate) {
    return rate == null ? null : Math.round(rate * 1000) / 10;
  }

  /** A group's label short enough for an axis: "1 (most deprived)" becomes "1". */
  function shortLabel(label) {
    return label.replace(/ \(.*\)$/, '').replace('Not stated or not known', 'Not known');
  }

  function width(element) {
    return Math.max(element.clientWidth || 0, 320);
  }

  function drawn(element, chart) {
    element.setAttribute('data-rendered', 'true');
    return chart;
  }

  var percentAxis = { label: 'Acceptance rate (%)', values: function (u, splits) {
    return splits.map(function (v) { return v + '%'; });
  } };

  /** One bar per group, labelled on the x axis. */
  function barChart(elementId, groups) {
    var element = document.getElementById(elementId);
    var labels = groups.map(function (g) { return shortLabel(g.label); });
    var xs = groups.map(function (g, i) { return i; });
    var rates = groups.map(function (g) { return percent(g.acceptanceRate); });
    var options = {
      width: width(element),
      height: 280,
      scales: { x: { time: false, range: [-0.5, groups.length - 0.5] }, y: { range: [0, 100] } },
      axes: [
        { values: function (u, splits) {
          return splits.map(function (i) { return Number.isInteger(i) && labels[i] !== undefined ? labels[i] : ''; });
        }, splits: function () { return xs; }, rotate: 0 },
        percentAxis
      ],
      series: [
        {},
        { label: 'Acceptance rate (%)', stroke: '#005eb8', fill: 'rgba(0, 94, 184, 0.6)',
          paths: uPlot.paths.bars({ size: [0.6, 80] }), points: { show: false } }
      ],
      legend: { show: false }
    };
    return drawn(element, new uPlot(options, [xs, rates], element));
  }

  function trendChart(elementId, points) {
    var element = document.getElementById(elementId);
    var xs = points.map(function (p) { return Date.parse(p.start + 'T00:00:00Z') / 1000; });
    var options = {
      width: width(element),
      height: 280,
      scales: { y: { range: [0, 100] } },
      axes: [{}, percentAxis],
      series: [
        {},
        { label: 'Core20', stroke: '#d5281b', width: 2, spanGaps: false },
        { label: 'The rest', stroke: '#005eb8', width: 2, spanGaps: false }
      ]
    };
    var data = [
      xs,
      points.map(function (p) { return percent(p.core20AcceptanceRate); }),
      points.map(function (p) { return percent(p.restAcceptanceRate); })
    ];
    return drawn(element, new uPlot(options, data, element));
  }

  barChart('chart-quintile', grouping('imd-quintile').groups);
  barChart('chart-ethnicity', grouping('ethnic-group').groups);
  trendChart('chart-trend', report.trend.points);
})();
