// hazwatch console: send the CSRF token with every htmx request made from a page of the console.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// security (issue 19): the Content-Security-Policy allows no inline handlers; a form asks before it is sent when it
// carries data-confirm="…" (instead of onsubmit="return confirm(…)").
document.addEventListener('submit', function (event) {
  var question = event.target && event.target.getAttribute && event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
}, true);
