// Small progressive enhancements; the pages work without them.
(function () {
  "use strict";

  // "Copy link" on a quote's page: shown only when the clipboard can be written.
  function setUpCopy(root) {
    root.querySelectorAll("button.copy-link[data-copy]").forEach(function (button) {
      if (!navigator.clipboard || !window.isSecureContext) return;
      button.hidden = false;
      if (button.dataset.ready) return;
      button.dataset.ready = "1";
      button.addEventListener("click", function () {
        var status = button.parentElement.querySelector(".copy-status");
        navigator.clipboard.writeText(button.dataset.copy).then(
          function () { if (status) status.textContent = "Link copied"; },
          function () { if (status) status.textContent = "Could not copy: select the link below"; }
        );
      });
    });
  }

  // The speaker box: once a suggestion is picked (its value is an actor's id), apply the filter.
  function setUpSpeaker(root) {
    var input = root.querySelector("#actor-input");
    if (!input || input.dataset.ready) return;
    input.dataset.ready = "1";
    // Typing a part of a name is not a filter yet: keep its "change" from reaching the form.
    input.addEventListener("change", function (event) { event.stopPropagation(); });
    // Once the form has been sent, the picked speaker is a ticked box among the facets.
    input.form.addEventListener("htmx:afterRequest", function (event) {
      if (event.detail.elt === input.form) input.value = "";
    });
    input.addEventListener("input", function () {
      var list = document.getElementById("actor-options");
      if (!list) return;
      var picked = Array.prototype.some.call(list.options, function (o) { return o.value === input.value; });
      if (picked && window.htmx) htmx.trigger(input.form, "submit");
    });
  }

  // Filter requests leave out empty fields and defaults, so the pushed URL is short and clean.
  document.addEventListener("htmx:configRequest", function (event) {
    var detail = event.detail;
    if (detail.verb !== "get" || !detail.elt.closest || !detail.elt.closest("#filters")) return;
    var data = detail.formData;
    if (!data) return;
    var names = [];
    data.forEach(function (value, name) { if (names.indexOf(name) < 0) names.push(name); });
    names.forEach(function (name) {
      var kept = data.getAll(name).filter(function (value) {
        return value !== "" && !(name === "sort" && value === "newest");
      });
      data.delete(name);
      kept.forEach(function (value) { data.append(name, value); });
    });
  });

  // A filter change swaps the facets too; keep the keyboard where it was (same id, new element).
  var focusedId = null;
  document.addEventListener("htmx:beforeSwap", function () {
    var active = document.activeElement;
    focusedId = active && active !== document.body ? active.id : null;
  });
  document.addEventListener("htmx:afterSettle", function () {
    var active = document.activeElement;
    if (!focusedId || (active && active !== document.body)) return;
    var again = document.getElementById(focusedId);
    if (again) again.focus({ preventScroll: true });
  });

  function init(root) { setUpCopy(root); setUpSpeaker(root); }
  document.addEventListener("DOMContentLoaded", function () { init(document); });
  document.addEventListener("htmx:load", function (event) { init(event.target.ownerDocument || document); });
})();
