// "Copy link" and "Copy embed code" buttons: copy the text of the field named by data-copy-target.
// "Print or save as PDF" on the handout ([data-print]) opens the browser's print dialogue.
// Without JavaScript (or clipboard access) the fields stay readonly and selectable by hand.
// (The share form's prompt before unsaved notes are left is unsaved.js's.)
(function () {
  "use strict";
  // The buttons are sent hidden, since only this script makes them work: without it they would do nothing.
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-print], [data-copy-target]").forEach(function (button) { button.hidden = false; });
  });
  function status(button, text) {
    var holder = button.parentElement.querySelector(".copy-status");
    if (holder) { holder.textContent = text; }
  }
  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) { window.print(); return; }
    var button = event.target.closest("[data-copy-target]");
    if (!button) { return; }
    var field = document.querySelector(button.getAttribute("data-copy-target"));
    if (!field) { return; }
    field.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(
        function () { status(button, "Copied."); },
        function () { status(button, "Press Ctrl+C to copy."); }
      );
    } else {
      status(button, document.execCommand && document.execCommand("copy") ? "Copied." : "Press Ctrl+C to copy.");
    }
  });
})();
