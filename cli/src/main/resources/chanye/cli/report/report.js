(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var clusters = {};
  data.clusters.forEach(function (cluster) { clusters[cluster.id] = cluster; });
  var font = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

  function draw(element, option) {
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    option.animation = false;
    option.textStyle = { fontFamily: font };
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function trend(element) {
    draw(element, {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 16, right: 40, top: 48, bottom: 16, containLabel: true },
      xAxis: { type: 'category', boundaryGap: false, data: data.periodLabels },
      yAxis: { type: 'value', name: '报道数', minInterval: 1 },
      series: data.clusters.map(function (cluster) {
        return { name: cluster.name, type: 'line', stack: '报道', areaStyle: {}, emphasis: { focus: 'series' },
          data: cluster.storiesByPeriod };
      })
    });
  }

  function regions(element) {
    var cells = [];
    var most = 1;
    data.clusters.forEach(function (cluster, y) {
      data.regions.forEach(function (region, x) {
        var stories = cluster.regions[region] || 0;
        if (stories > 0) {
          most = Math.max(most, stories);
          cells.push([x, y, stories]);
        }
      });
    });
    draw(element, {
      tooltip: { position: 'top' },
      grid: { left: 16, right: 24, top: 16, bottom: 64, containLabel: true },
      xAxis: { type: 'category', data: data.regions, splitArea: { show: true }, axisLabel: { rotate: 45 } },
      yAxis: { type: 'category', data: data.clusters.map(function (cluster) { return cluster.name; }),
        splitArea: { show: true } },
      visualMap: { min: 1, max: Math.max(2, most), calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
        text: ['多', '少'] },
      series: [{ name: '报道数', type: 'heatmap', data: cells, label: { show: true } }]
    });
  }

  function bars(element, names, values, label) {
    draw(element, {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 16, right: 48, top: 16, bottom: 16, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: names },
      series: [{ name: label, type: 'bar', data: values, label: { show: true, position: 'right' } }]
    });
  }

  var kinds = {
    trend: trend,
    regions: regions,
    sites: function (element) {
      var sites = clusters[element.getAttribute('data-cluster')].sites;
      bars(element, sites.map(function (s) { return s.site; }), sites.map(function (s) { return s.stories; }), '报道数');
    },
    keywords: function (element) {
      var rising = clusters[element.getAttribute('data-cluster')].risingKeywords;
      bars(element, rising.map(function (k) { return k.keyword; }), rising.map(function (k) { return k.rise; }),
        '后半期比前半期多出的报道');
    }
  };
  Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), function (element) {
    kinds[element.getAttribute('data-chart')](element);
  });
}());
