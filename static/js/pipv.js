// pipv's only script of its own: move keyboard focus to an error summary when one appears,
// on page load and after htmx replaces a list, but never after a field's own check; after a
// list is replaced without errors, keep focus in that list (on an opened item's first field).
(function () {
  "use strict";

  function focusSummary(scope) {
    var summary = scope.querySelector(".error-summary");
    if (summary) {
      summary.focus();
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    focusSummary(document);
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    var path = (event.detail.pathInfo && event.detail.pathInfo.requestPath) || "";
    if (/\/check(-item)?\//.test(path)) {
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
    var editing = swapped && swapped.querySelector(".item form");
    if (editing) {
      var first = editing.querySelector("input:not([type=hidden]), select, textarea");
      if (first) {
        first.focus();
        return;
      }
    }
    if (swapped && (!document.activeElement || document.activeElement === document.body)) {
      var heading = swapped.querySelector("h2");
      if (heading) {
        heading.focus();
      }
    }
  });
})();
