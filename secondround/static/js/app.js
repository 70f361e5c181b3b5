// Small progressive enhancements. Everything works without this file.
(function () {
  "use strict";
  // Copy buttons: <button data-copy-target="id">. Keyboard and screen-reader friendly.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-target]");
    if (!button) return;
    var source = document.getElementById(button.getAttribute("data-copy-target"));
    if (!source) return;
    var text = source.value !== undefined ? source.value : source.innerText;
    var done = function () {
      var status = document.getElementById(button.getAttribute("data-copy-status") || "");
      if (status) status.textContent = button.getAttribute("data-copied") || "✓";
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallback(source); done(); });
    } else { fallback(source); done(); }
  });
  function fallback(source) {
    var area = document.createElement("textarea");
    area.value = source.value !== undefined ? source.value : source.innerText;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing else to try */ }
    document.body.removeChild(area);
  }
})();
