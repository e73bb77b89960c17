// pipv's only script of its own: move keyboard focus to an error summary when one appears,
// on page load and after htmx replaces a list, but never after a field's own check.
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
  });
})();
