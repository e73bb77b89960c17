// Warns before an idle session ends (settings.SESSION_COOKIE_AGE, every request restarts it).
// "Stay logged in" asks the server to restart the count without leaving the page, so nothing
// typed is lost. When the time is up the page reloads: the server shows the log-in page.
(function () {
  "use strict";

  var body = document.body;
  var seconds = parseInt(body.getAttribute("data-idle-seconds"), 10);
  var warning = document.getElementById("idle-warning");
  if (!seconds || !warning) {
    return;
  }
  // Two minutes' notice, or half the time on a very short setting.
  var notice = Math.min(120, seconds / 2);
  var warnTimer = null;
  var endTimer = null;

  function restart() {
    window.clearTimeout(warnTimer);
    window.clearTimeout(endTimer);
    warning.hidden = true;
    warnTimer = window.setTimeout(warn, (seconds - notice) * 1000);
    endTimer = window.setTimeout(function () {
      window.location.reload();
    }, (seconds + 1) * 1000);
  }

  function warn() {
    warning.hidden = false;
    warning.querySelector("button").focus();
  }

  warning.querySelector("form").addEventListener("submit", function (event) {
    event.preventDefault();
    var form = event.target;
    window
      .fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { "X-Requested-With": "fetch" },
        credentials: "same-origin",
      })
      .then(function (response) {
        if (response.ok) {
          restart();
        } else {
          window.location.reload();
        }
      });
  });

  // Every htmx save or check also restarted the server's count.
  document.addEventListener("htmx:afterRequest", restart);
  restart();
})();
