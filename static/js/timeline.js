// The timeline page's one script: keep keyboard focus somewhere sensible after htmx swaps content.
// Everything works without it (and without htmx): links and the form fall back to full page loads.
(function () {
  "use strict";
  document.addEventListener("htmx:afterSettle", function () {
    // "Show more": move to the first new heading or list, so the next Tab continues with the new events.
    var fresh = document.querySelector("[data-focus-first]");
    if (fresh) {
      fresh.removeAttribute("data-focus-first");
      fresh.focus();
      return;
    }
    // A chart bar or a link inside the results was replaced with the content it asked for: go to the results.
    if (!document.activeElement || document.activeElement === document.body) {
      var results = document.getElementById("results");
      if (results) {
        results.setAttribute("tabindex", "-1");
        results.focus();
      }
    }
  });
})();
