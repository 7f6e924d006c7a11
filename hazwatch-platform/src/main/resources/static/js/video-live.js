// Live view of a camera (SPEC §11): ask the platform to have the enterprise's gateway stream it, wait until the
// first segments are in the playlist, then play it with hls.js. The player's playlist fetches keep the stream on.
(function () {
  'use strict';
  var video = document.getElementById('live-video');
  var state = document.getElementById('live-state');
  if (!video || !state) {
    return;
  }
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');

  function say(key) {
    state.textContent = state.getAttribute('data-' + key);
    state.setAttribute('data-state', key);
  }

  function open() {
    var headers = {'Accept': 'application/json'};
    if (token && header) {
      headers[header.content] = token.content;
    }
    return fetch(video.getAttribute('data-open'), {method: 'POST', headers: headers, credentials: 'same-origin'})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('open: ' + response.status);
        }
        return response.json();
      });
  }

  function whenFilled(url, tries) {
    return fetch(url, {credentials: 'same-origin', cache: 'no-store'})
      .then(function (response) { return response.ok ? response.text() : ''; })
      .then(function (text) {
        if (text.indexOf('#EXTINF') >= 0) {
          return url;
        }
        if (tries <= 0) {
          throw new Error('no segments');
        }
        return new Promise(function (resolve) { setTimeout(resolve, 1000); })
          .then(function () { return whenFilled(url, tries - 1); });
      });
  }

  function play(url) {
    if (window.Hls && window.Hls.isSupported()) {
      // no worker: the console's CSP allows no blob: scripts
      var hls = new window.Hls({enableWorker: false, liveSyncDurationCount: 3});
      hls.on(window.Hls.Events.ERROR, function (event, data) {
        if (data.fatal) {
          say('failed');
        }
      });
      hls.loadSource(url);
      hls.attachMedia(video);
    } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
      video.src = url;
    } else {
      say('unsupported');
      return;
    }
    video.addEventListener('playing', function () { say('playing'); });
    video.play().catch(function () { /* autoplay waits for the user's click on the controls */ });
  }

  open()
    .then(function (reply) { return whenFilled(reply.playlistUrl, 90); })
    .then(play)
    .catch(function () { say('failed'); });
})();
