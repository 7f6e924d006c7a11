// An event clip (SPEC §11): a VOD playlist the gateway uploaded, played with hls.js (no worker: the console's CSP
// allows no blob: scripts), or natively where the browser plays HLS itself.
(function () {
  'use strict';
  var waiting = document.querySelector('[data-waiting]');
  if (waiting) {
    // the gateway uploads once the clip's end has passed: look again in a few seconds
    setTimeout(function () { window.location.reload(); }, 1000 * Number(waiting.getAttribute('data-waiting')));
    return;
  }
  var video = document.getElementById('clip-video');
  if (!video) {
    return;
  }
  var url = video.getAttribute('data-playlist');
  if (window.Hls && window.Hls.isSupported()) {
    var hls = new window.Hls({enableWorker: false});
    hls.loadSource(url);
    hls.attachMedia(video);
  } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
    video.src = url;
  }
})();
