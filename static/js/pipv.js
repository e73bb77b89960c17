// pipv's own script for the questionnaire: move keyboard focus to an error summary when one
// appears, on page load and after htmx replaces a list, but never after a field's own check;
// after a list is replaced without errors, keep focus in that list (on an opened item's first
// field). And keep each form's case version current (see "pipv:saved" below).
(function () {
  "use strict";

  function focusSummary(scope) {
    var summary = scope.querySelector(".error-summary");
    if (summary) {
      summary.focus();
    }
  }

  // A notice that the page stayed (saved elsewhere first, or an item typed but not added)
  // is what the person must read first.
  function focusStaleNotice() {
    var notice =
      document.getElementById("stale-notice") || document.getElementById("leave-notice");
    if (notice) {
      notice.focus();
    }
    return notice;
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (!focusStaleNotice()) {
      focusSummary(document);
    }
  });

  // Every form carries the case's version it was loaded with; the server refuses a change
  // made on a page older than the stored case (another tab saved first). This tab's own
  // saves move its forms on: only those at the version just saved, never an older one.
  document.addEventListener("pipv:saved", function (event) {
    var inputs = document.querySelectorAll("input[name=version]");
    for (var i = 0; i < inputs.length; i += 1) {
      if (inputs[i].value === String(event.detail.from)) {
        inputs[i].value = String(event.detail.to);
      }
    }
  });

  // A date the browser cannot read (its year half erased) is sent as nothing, and nothing
  // clears the saved answer without a word. Stop there and let the browser say what is wrong,
  // on the way out of the step and when a field is checked as it is left. Discarding is
  // still allowed: what it drops is what was typed.
  function unreadable(element) {
    var fields = element.elements || [element];
    for (var i = 0; i < fields.length; i += 1) {
      if (fields[i].validity && fields[i].validity.badInput) {
        return fields[i];
      }
    }
    return null;
  }

  // The browser's own check (the step's form is checked, see step.html) cannot show its
  // message on a field in a closed box (the grant's), and would stop the button without a
  // word: the box is opened.
  function reveal(field) {
    var box = field.closest && field.closest("details");
    if (box && !box.open) {
      box.open = true;
    }
  }
  document.addEventListener(
    "invalid",
    function (event) {
      reveal(event.target);
    },
    true
  );

  function stopFor(bad, event) {
    if (bad) {
      event.preventDefault();
      reveal(bad);
      bad.focus();
      bad.reportValidity();
    }
  }

  document.addEventListener(
    "submit",
    function (event) {
      var submitter = event.submitter;
      if (submitter && String(submitter.value).indexOf("discard:") === 0) {
        return;
      }
      stopFor(unreadable(event.target), event);
    },
    true
  );

  document.addEventListener("htmx:beforeRequest", function (event) {
    var element = event.detail.elt;
    // A GET (an item's Cancel) sends no field: it clears nothing, and must not be refused
    // for a date in the very change it drops.
    if (event.detail.requestConfig && event.detail.requestConfig.verb === "get") {
      return;
    }
    // A field checked as it is left: that field; a button: the form it belongs to.
    var scope = element.form && element.tagName === "BUTTON" ? element.form : element;
    stopFor(unreadable(scope), event);
  });

  // What each field last held that the browser could read: as the page showed it, then as
  // the person typed it (its own check saved that as it was left).
  function remember(event) {
    var field = event.target;
    if (field.name && field.validity && !field.validity.badInput) {
      field.setAttribute("data-readable", field.value);
    }
  }
  document.addEventListener("input", remember, true);
  document.addEventListener("change", remember, true);

  // But a field checked as it is left sends the whole step, and with it any other date the
  // browser cannot read, as nothing, which would clear the saved day without a word, from
  // another field. Such a date goes as it last could be read; its own check, and every
  // button, still stop for it (above). idle.js's last send does the same.
  document.addEventListener("htmx:configRequest", function (event) {
    var params = event.detail.parameters;
    var fields = document.querySelectorAll("input");
    for (var i = 0; i < fields.length; i += 1) {
      var field = fields[i];
      if (field.name && field.validity.badInput && params[field.name] !== undefined) {
        params[field.name] = field.hasAttribute("data-readable")
          ? field.getAttribute("data-readable")
          : field.defaultValue;
      }
    }
  });

  // What was typed when the session had ended travels in the log-in page that came back
  // (its "kept" field). htmx may put that page in a step's place, at the step's own address:
  // reloading it asks for the step again, and the log-in page that comes back holds nothing.
  // So this tab keeps a copy until the log-in has taken it (the offer page after it says so),
  // and puts it back into a log-in page that holds none. The server checks it as it checks
  // the field itself: for the account that logs in, for a step of its own case.
  var KEPT = "pipv:kept-typing";

  function keptCopy(value) {
    try {
      if (value === undefined) {
        return window.sessionStorage.getItem(KEPT);
      }
      if (value === null) {
        window.sessionStorage.removeItem(KEPT);
      } else {
        window.sessionStorage.setItem(KEPT, value);
      }
    } catch (error) {
      // Storage refused (a private window's settings): the page's own copy is all there is.
    }
    return null;
  }

  function carryKeptTyping() {
    var kept = document.querySelector("input[name=kept]");
    var notice = document.getElementById("kept-notice");
    var login = document.getElementById("login-form");
    if (kept) {
      keptCopy(kept.value);
    } else if (document.getElementById("kept-received")) {
      keptCopy(null);
    } else if (notice && login && keptCopy()) {
      var field = document.createElement("input");
      field.type = "hidden";
      field.name = "kept";
      field.value = keptCopy();
      login.appendChild(field);
      notice.hidden = false;
    }
  }

  document.addEventListener("DOMContentLoaded", carryKeptTyping);
  document.addEventListener("htmx:afterSwap", carryKeptTyping);

  // Enter in a field of an item (one being changed, added, or a grant) presses that item's own
  // button, as a person typing into it means, rather than the page's first button (Save and
  // continue), which would add or save it too but leave the step. Without JavaScript that is
  // still what Enter does; nothing typed is lost either way.
  var ITEM_GROUPS = ".item-edit, .add-item, .grant-form";
  var NOT_TYPED = /^(button|submit|reset|image|file|hidden)$/;

  document.addEventListener("keydown", function (event) {
    var field = event.target;
    if (
      event.key !== "Enter" ||
      event.isComposing ||
      // Safari ends an input method's composition before its Enter: 229 is that Enter.
      event.keyCode === 229 ||
      event.shiftKey ||
      event.ctrlKey ||
      event.altKey ||
      event.metaKey ||
      field.tagName !== "INPUT" ||
      NOT_TYPED.test(field.type)
    ) {
      return;
    }
    var group = field.closest(ITEM_GROUPS);
    var button = group && group.querySelector(".actions button[type=submit]");
    if (button) {
      event.preventDefault();
      button.click();
    }
  });

  // The refusal (409 Conflict) carries the newest answers and the notice: show it.
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.xhr.status === 409) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // Leaving a field saves it in the background; a button pressed at that moment waits for
  // that save (and any queued behind it), so its form sends the version they left.
  var pending = 0;
  var held = null;

  function release() {
    if (pending > 0 || !held) {
      return;
    }
    var form = held.form;
    var submitter = held.submitter;
    held = null;
    if (form.isConnected) {
      form.requestSubmit(submitter && submitter.isConnected ? submitter : undefined);
    }
  }

  // Only a request that can save moves the case's version on, so only those hold a button.
  // A look (GET: Cancel) or an item's field check (/check-item/, never saved) cannot;
  // waiting for one only put a whole round trip before every Save, and on a slow machine
  // the Save then came too late or, after the give-up below, was sent beside a save.
  function saves(detail) {
    var config = detail.requestConfig || {};
    var path = (detail.pathInfo && detail.pathInfo.requestPath) || config.path || "";
    return config.verb !== "get" && !/\/check-item\//.test(path);
  }

  document.addEventListener("htmx:beforeSend", function (event) {
    if (saves(event.detail)) {
      pending += 1;
    }
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    if (!saves(event.detail)) {
      return;
    }
    pending = Math.max(pending - 1, 0);
    // After htmx has started whatever was queued behind this request.
    window.setTimeout(release, 0);
  });
  // Once a form is sent the plain way the page is on its way out: a field check still
  // waiting for its delay would only race that form with the same version, so drop it.
  var leaving = false;
  document.addEventListener("submit", function (event) {
    if (!event.defaultPrevented && !event.target.hasAttribute("hx-post")) {
      leaving = true;
    }
  });
  document.addEventListener("htmx:beforeRequest", function (event) {
    if (leaving) {
      event.preventDefault();
    }
  });
  // Back to this page from the browser's history: it is not leaving any more.
  window.addEventListener("pageshow", function () {
    leaving = false;
  });

  document.addEventListener(
    "submit",
    function (event) {
      if (pending > 0 && event.target.querySelector("input[name=version]")) {
        event.preventDefault();
        event.stopImmediatePropagation();
        var mine = { form: event.target, submitter: event.submitter };
        held = mine;
        // Never hold a button for good, whatever happens to the request.
        window.setTimeout(function () {
          if (held === mine) {
            pending = 0;
            release();
          }
        }, 5000);
      }
    },
    true
  );

  // Whether keyboard focus went away with the old list (the button or link that was pressed)
  // rather than being put somewhere by the person since.
  function focusWasLost() {
    var active = document.activeElement;
    return !active || active === document.body || !active.isConnected;
  }

  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 409) {
      focusStaleNotice();
      return;
    }
    var path = (event.detail.pathInfo && event.detail.pathInfo.requestPath) || "";
    if (/\/check(-item)?\//.test(path)) {
      return;
    }
    // htmx settles a new list a moment after showing it, later still on a busy machine. A
    // person may already have clicked into one of its fields and begun typing: moving focus
    // then would send the rest of their typing into another field (a vest's new number of
    // shares typed into its date), so focus is placed only where none is.
    if (!focusWasLost()) {
      return;
    }
    var lists = document.querySelectorAll(".item-list");
    for (var i = 0; i < lists.length; i += 1) {
      if (lists[i].querySelector(".error-summary")) {
        focusSummary(lists[i]);
        return;
      }
    }
    // The button that was pressed went away with the old list. Rather than drop keyboard
    // focus to the top of the page, put it on the new list's heading, so the next Tab
    // reaches the items just changed.
    var swapped = event.detail.target && document.getElementById(event.detail.target.id);
    // "Change" opened an item's form in place: the person wants to edit it, so start on its
    // first field rather than make them find it again.
    var editing = swapped && swapped.querySelector(".item .item-edit");
    if (editing) {
      var first = editing.querySelector("input:not([type=hidden]), select, textarea");
      if (first) {
        first.focus();
        return;
      }
    }
    if (swapped) {
      var heading = swapped.querySelector("h2");
      if (heading) {
        heading.focus();
      }
    }
  });
})();
