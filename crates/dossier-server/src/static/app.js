// dossier web UI: small conveniences only; every page works without this file.
(function () {
  "use strict";
  // "/" focuses the search box, as on many sites; ignored while typing in a field.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable)) return;
    var box = document.getElementById("site-q");
    if (box) { e.preventDefault(); box.focus(); }
  });
  // When a link targets a fact span, move keyboard focus there too, so screen readers announce it.
  function focusTarget() {
    if (!location.hash) return;
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (el && el.classList.contains("fact")) {
      if (!el.hasAttribute("tabindex") && el.tagName !== "A") el.setAttribute("tabindex", "-1");
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: "center" });
    }
  }
  window.addEventListener("hashchange", focusTarget);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", focusTarget);
  else focusTarget();
})();
