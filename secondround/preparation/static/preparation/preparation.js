// The pitch rehearsal timer (R4). Start and Stop are real buttons (keyboard: Tab, then Enter or
// Space). The state is announced in the live region #timer-status. Nothing is recorded: on Stop the
// seconds go into the rehearsal form, which is submitted as if typed by hand.
(function () {
  "use strict";
  var startedAt = null;
  var ticker = null;

  function parts() {
    var box = document.querySelector("[data-timer]");
    if (!box) return null;
    return {
      box: box,
      start: box.querySelector("[data-timer-start]"),
      stop: box.querySelector("[data-timer-stop]"),
      display: box.querySelector("[data-timer-display]"),
      status: document.getElementById("timer-status"),
    };
  }

  function show(p, seconds) {
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    p.display.textContent = minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function elapsed() {
    return Math.max(1, Math.round((Date.now() - startedAt) / 1000));
  }

  function start(p) {
    startedAt = Date.now();
    show(p, 0);
    p.start.disabled = true;
    p.stop.disabled = false;
    p.stop.focus();
    p.status.textContent = p.box.getAttribute("data-started");
    ticker = window.setInterval(function () { show(p, Math.floor((Date.now() - startedAt) / 1000)); }, 250);
  }

  function stop(p) {
    if (startedAt === null) return;
    var seconds = elapsed();
    window.clearInterval(ticker);
    startedAt = null;
    show(p, seconds);
    p.stop.disabled = true;
    p.start.disabled = false;
    p.start.focus();
    p.status.textContent = p.box.getAttribute("data-stopped").replace("%s", seconds);
    var form = document.getElementById(p.box.getAttribute("data-form"));
    if (!form) return;
    form.querySelector("[name=seconds]").value = seconds;
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  }

  // After htmx has put the new history on the page, say that the rehearsal is saved.
  document.addEventListener("htmx:afterSwap", function (event) {
    var p = parts();
    if (p && event.target && event.target.id === "rehearse" && p.status.textContent) {
      p.status.textContent = p.box.getAttribute("data-saved");
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var p = parts();
    if (!p) return;
    p.box.hidden = false;
    p.start.addEventListener("click", function () { start(p); });
    p.stop.addEventListener("click", function () { stop(p); });
  });
})();
