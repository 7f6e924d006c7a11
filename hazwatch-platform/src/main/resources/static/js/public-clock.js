// The public commitment board's clock (moved out of the page: the Content-Security-Policy allows no inline script).
(function () {
  var clock = document.getElementById('clock');
  if (!clock) {
    return;
  }
  function tick() {
    clock.textContent = new Date().toLocaleTimeString('zh-CN', {timeZone: document.body.dataset.zone, hour12: false});
  }
  tick();
  setInterval(tick, 1000);
})();
