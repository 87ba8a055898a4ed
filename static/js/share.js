// "Copy link" and "Copy embed code" buttons: copy the text of the field named by data-copy-target.
// "Print or save as PDF" on the handout ([data-print]) opens the browser's print dialogue.
// Without JavaScript (or clipboard access) the fields stay readonly and selectable by hand.
// The share form (new or edit) asks before the page is left with class notes or other fields typed and not saved.
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
  // A field differs from what the page was sent with (each field's default*), or the page is the form shown again
  // after a refused save (data-unsaved): what it holds was typed and is not saved.
  function unsaved(form) {
    if (form.hasAttribute("data-unsaved")) { return true; }
    return Array.prototype.some.call(form.elements, function (field) {
      if (field.type === "checkbox" || field.type === "radio") { return field.checked !== field.defaultChecked; }
      if (field.tagName === "SELECT") {
        return Array.prototype.some.call(field.options, function (o) { return o.selected !== o.defaultSelected; });
      }
      return (field.tagName === "TEXTAREA" || field.tagName === "INPUT") && field.type !== "hidden" &&
        field.value !== field.defaultValue;
    });
  }
  // Saving leaves the page too, and must not ask: it is what the teacher wants done with the notes.
  var submitting = false;
  document.addEventListener("submit", function (event) {
    if (event.target.matches("form.share-form")) { submitting = true; }
  });
  // The browser's own "Leave site?" prompt: its wording is the browser's, whatever is set here.
  window.addEventListener("beforeunload", function (event) {
    var form = document.querySelector("form.share-form");
    if (!form || submitting || !unsaved(form)) { return; }
    event.preventDefault();
    event.returnValue = "";
  });
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
