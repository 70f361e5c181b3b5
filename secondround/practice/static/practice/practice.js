// Practice pages: the answer timer, and keeping keyboard focus when htmx replaces the question list.
// Everything works without this file: the seconds can be typed by hand, the buttons post forms.
(function () {
  "use strict";

  function format(seconds) {
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return m + ":" + (s < 10 ? "0" : "") + s;
  }

  function setupTimer(box) {
    var min = parseInt(box.getAttribute("data-min"), 10) || 0;
    var max = parseInt(box.getAttribute("data-max"), 10) || 0;
    var clock = box.querySelector(".timer-clock");
    var zone = box.querySelector("[data-timer-zone]");
    var live = box.querySelector("[data-timer-live]");
    var toggle = box.querySelector("[data-timer-toggle]");
    var reset = box.querySelector("[data-timer-reset]");
    var field = document.getElementById("id_seconds_taken");
    var typedByHand = false;
    var elapsed = field && field.value ? parseInt(field.value, 10) || 0 : 0;
    var ticking = null;
    var announced = { min: elapsed >= min, max: elapsed >= max };

    function show() {
      clock.textContent = format(elapsed);
      zone.textContent = elapsed < min ? "" : elapsed <= max ? "✓" : "!";
      if (field && !typedByHand) field.value = elapsed ? String(elapsed) : field.value;
      // Announce only when a boundary of the target range is reached, never every second.
      if (!announced.min && elapsed >= min) { announced.min = true; live.textContent = box.getAttribute("data-text-min"); }
      if (!announced.max && elapsed >= max) { announced.max = true; live.textContent = box.getAttribute("data-text-max"); }
    }
    function start() {
      ticking = window.setInterval(function () { elapsed += 1; show(); }, 1000);
      toggle.textContent = box.getAttribute("data-text-pause");
      toggle.setAttribute("aria-pressed", "true");
    }
    function pause() {
      window.clearInterval(ticking);
      ticking = null;
      toggle.textContent = box.getAttribute("data-text-resume");
      toggle.setAttribute("aria-pressed", "false");
    }
    toggle.addEventListener("click", function () { if (ticking) { pause(); } else { start(); } });
    reset.addEventListener("click", function () {
      if (ticking) pause();
      elapsed = 0;
      announced = { min: false, max: false };
      typedByHand = false;
      if (field) field.value = "";
      toggle.textContent = box.getAttribute("data-text-start");
      show();
    });
    if (field) field.addEventListener("input", function () { typedByHand = true; });
    if (elapsed > 0) toggle.textContent = box.getAttribute("data-text-resume");
    box.hidden = false;
    show();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-timer]").forEach(setupTimer);
  });

  // After htmx swaps the list of questions, put focus back on the button that was used.
  var focusId = null;
  document.addEventListener("htmx:beforeRequest", function () {
    focusId = document.activeElement && document.activeElement.id ? document.activeElement.id : null;
  });
  document.addEventListener("htmx:afterSettle", function () {
    if (!focusId) return;
    var target = document.getElementById(focusId);
    if (target && !target.disabled && document.activeElement !== target) {
      if (target.tagName === "TEXTAREA" || target.tagName === "INPUT") return;
      target.focus();
    } else if (target && target.disabled) {
      var other = focusId.indexOf("up-") === 0 ? "down-" + focusId.slice(3) : "up-" + focusId.slice(5);
      var alt = document.getElementById(other);
      if (alt) alt.focus();
    }
    focusId = null;
  });
})();
