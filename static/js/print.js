// Printing the results page prints every folded part. The stylesheet opens them where the
// browser knows ::details-content; elsewhere this opens the closed ones for the printout and
// closes them again after it.
(function () {
  "use strict";

  var opened = [];
  window.addEventListener("beforeprint", function () {
    var closed = document.querySelectorAll("details:not([open])");
    for (var i = 0; i < closed.length; i += 1) {
      closed[i].open = true;
      opened.push(closed[i]);
    }
  });
  window.addEventListener("afterprint", function () {
    while (opened.length) {
      opened.pop().open = false;
    }
  });
})();
