// Warns before an idle session ends (settings.SESSION_COOKIE_AGE, every request restarts it).
// "Stay logged in", or typing, asks the server to restart the count without leaving the page,
// so nothing typed is lost. When the time is up the page reloads: the server shows the log-in
// page. On a step, just before that, what is typed there is sent to be kept (as Back keeps it)
// and the session ends with it, so logging in again leads back to the step as it was left.
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

  var stepForm = document.getElementById("step-form");

  function reload() {
    if (!gone()) {
      window.location.reload();
    }
  }

  // The page this script counts for is gone: htmx put the log-in page (holding the typing)
  // in its place. Counting on would send the old step over a password being typed.
  function gone() {
    return !warning.isConnected;
  }

  function keepTypingAndEnd() {
    if (gone()) {
      return;
    }
    var data = new FormData(stepForm);
    data.set("action", "idle_end");
    // A date the browser cannot read would be sent as nothing and clear the saved day: it
    // goes as it last could be read (pipv.js notes that), or as the page showed it.
    var fields = stepForm.elements;
    for (var i = 0; i < fields.length; i += 1) {
      var field = fields[i];
      if (field.validity && field.validity.badInput && field.name) {
        var readable = field.getAttribute("data-readable");
        data.set(field.name, readable === null ? field.defaultValue : readable);
      }
    }
    // The attribute: the form's own "action" property is its buttons named "action".
    post(stepForm.getAttribute("action"), data).then(function (response) {
      // 202: another tab kept the session in use, so it goes on here too.
      if (response.status === 202) {
        restart();
      } else if (response.headers.get("X-Pipv-Kept-Typing")) {
        // Sent too late (a computer asleep): the session had already ended, and the server
        // answered with the log-in page holding the typing. Go there with it.
        sendPlainly(data);
      } else {
        reload();
      }
    }, reload);
  }

  // A post in the background, on this site only, marked as not a page's own.
  function post(url, body) {
    return window.fetch(url, {
      method: "POST",
      body: body,
      headers: { "X-Requested-With": "fetch" },
      credentials: "same-origin",
    });
  }

  function sendPlainly(data) {
    var form = document.createElement("form");
    form.method = "post";
    form.action = stepForm.getAttribute("action");
    form.hidden = true;
    data.forEach(function (value, name) {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = value;
      form.appendChild(input);
    });
    document.body.appendChild(form);
    // As a button would: pipv.js then drops any check still waiting (the page is leaving).
    form.requestSubmit();
  }

  function restart() {
    window.clearTimeout(warnTimer);
    window.clearTimeout(endTimer);
    warning.hidden = true;
    warnTimer = window.setTimeout(warn, (seconds - notice) * 1000);
    if (stepForm) {
      // While the session still holds: a moment before its end.
      endTimer = window.setTimeout(keepTypingAndEnd, (seconds - Math.min(3, notice / 2)) * 1000);
    } else {
      endTimer = window.setTimeout(reload, (seconds + 1) * 1000);
    }
  }

  function warn() {
    if (gone()) {
      return;
    }
    warning.hidden = false;
    warning.querySelector("button").focus();
  }

  var form = warning.querySelector("form");

  // Asks the server to restart its count; calls ``then`` with whether it did.
  function keepAlive(then) {
    post(form.action, new FormData(form)).then(function (response) {
      then(response.ok);
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    keepAlive(function (kept) {
      if (kept) {
        restart();
      } else {
        window.location.reload();
      }
    });
  });

  // Typing is being here: a long answer, written slowly in a second language, sends no
  // request until it is saved, and the time-out would reload the page over it. So typing
  // restarts the count too, with at most one request a minute (or a quarter of the time).
  var typedEvery = Math.min(60, seconds / 4) * 1000;
  var lastTyped = 0;
  document.addEventListener("input", function (event) {
    if (warning.contains(event.target) || Date.now() - lastTyped < typedEvery) {
      return;
    }
    lastTyped = Date.now();
    keepAlive(function (kept) {
      // A count the server has already ended is left to the time-out: no reload over what
      // is being typed.
      if (kept) {
        restart();
      }
    });
  });

  // Every htmx save or check also restarted the server's count.
  document.addEventListener("htmx:afterRequest", restart);
  restart();
})();
