/* Record a spoken answer in the browser (MediaRecorder), play it back, and send it to this app:
   the app keeps the audio in your data folder, measures speaking time and pauses from the
   loudness of the recording (decoded here with the Web Audio API, one level per 50 ms), and
   transcribes it only when you turned transcription on in Settings. */
(function () {
  "use strict";

  var FRAME_SECONDS = 0.05;

  function csrfToken() {
    var field = document.querySelector("input[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  function preferredType() {
    var types = ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/mp4"];
    for (var i = 0; i < types.length; i++) {
      if (window.MediaRecorder.isTypeSupported && window.MediaRecorder.isTypeSupported(types[i])) {
        return types[i];
      }
    }
    return "";
  }

  /* One RMS level per 50 ms frame of the decoded audio (first channel), rounded. */
  function levelsOf(buffer) {
    var data = buffer.getChannelData(0);
    var size = Math.max(1, Math.round(buffer.sampleRate * FRAME_SECONDS));
    var levels = [];
    for (var start = 0; start < data.length; start += size) {
      var end = Math.min(data.length, start + size);
      var sum = 0;
      for (var i = start; i < end; i++) {
        sum += data[i] * data[i];
      }
      levels.push(Math.round(Math.sqrt(sum / (end - start)) * 10000) / 10000);
    }
    return levels;
  }

  function decode(blob) {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) {
      return Promise.resolve([]);
    }
    var context = new Context();
    return blob.arrayBuffer()
      .then(function (bytes) { return context.decodeAudioData(bytes); })
      .then(function (buffer) { context.close(); return levelsOf(buffer); })
      .catch(function () { context.close(); return []; });
  }

  function clock(seconds) {
    var whole = Math.floor(seconds);
    var rest = whole % 60;
    return Math.floor(whole / 60) + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function setup(box) {
    var start = box.querySelector("[data-recorder-start]");
    var stop = box.querySelector("[data-recorder-stop]");
    var status = box.querySelector("[data-recorder-status]");
    var result = box.querySelector("[data-recorder-result]");
    var playback = box.querySelector("[data-recorder-playback]");
    var clockShown = box.querySelector("[data-recorder-clock]");
    var form = box.closest("form");
    var recorder = null;
    var chunks = [];
    var began = 0;
    var ticking = null;

    function say(key) { status.textContent = box.dataset[key] || ""; }

    box.hidden = false;
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.MediaRecorder) {
      start.disabled = true;
      say("textUnsupported");
      return;
    }

    function upload(blob, levels) {
      var body = new FormData();
      var type = (blob.type || "audio/webm").split(";")[0];
      body.append("audio", blob, "answer." + (type.split("/")[1] || "webm"));
      body.append("levels", JSON.stringify(levels));
      if (box.dataset.answer) { body.append("answer", box.dataset.answer); }
      if (box.dataset.followUp) { body.append("follow_up", box.dataset.followUp); }
      if (box.dataset.drill) { body.append("drill", box.dataset.drill); }
      return fetch(box.dataset.uploadUrl, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: {"X-CSRFToken": csrfToken(), "Accept": "application/json"}
      }).then(function (response) {
        return response.json().then(function (data) {
          if (!response.ok) { throw new Error(data.error || "upload"); }
          return data;
        });
      });
    }

    function show(data) {
      result.textContent = data.summary;
      var target = document.getElementById(box.dataset.target);
      if (data.transcript && target) {
        target.value = data.transcript;
        target.dispatchEvent(new Event("input", {bubbles: true}));
        status.textContent = box.dataset.textTranscribed;
        target.focus();
      } else {
        status.textContent = data.message || "";
      }
      if (form) {
        var hidden = form.querySelector("[data-recording-id]");
        if (hidden) { hidden.value = data.id; }
        var seconds = form.querySelector("#id_seconds_taken");
        if (seconds && data.duration) { seconds.value = Math.round(data.duration); }
      }
    }

    function finished(stream) {
      stream.getTracks().forEach(function (track) { track.stop(); });
      window.clearInterval(ticking);
      var blob = new Blob(chunks, {type: recorder.mimeType || "audio/webm"});
      playback.src = URL.createObjectURL(blob);
      playback.hidden = false;
      stop.hidden = true;
      start.hidden = false;
      start.disabled = false;
      say("textMeasuring");
      decode(blob)
        .then(function (levels) { return upload(blob, levels); })
        .then(show)
        .catch(function () { say("textUploadFailed"); });
    }

    start.addEventListener("click", function () {
      start.disabled = true;
      navigator.mediaDevices.getUserMedia({audio: true}).then(function (stream) {
        var type = preferredType();
        recorder = type ? new MediaRecorder(stream, {mimeType: type}) : new MediaRecorder(stream);
        chunks = [];
        recorder.addEventListener("dataavailable", function (event) {
          if (event.data && event.data.size) { chunks.push(event.data); }
        });
        recorder.addEventListener("stop", function () { finished(stream); });
        recorder.start();
        began = Date.now();
        clockShown.textContent = "0:00";
        ticking = window.setInterval(function () {
          clockShown.textContent = clock((Date.now() - began) / 1000);
        }, 500);
        start.hidden = true;
        stop.hidden = false;
        stop.focus();
        result.textContent = "";
        say("textRecording");
      }).catch(function (error) {
        start.disabled = false;
        var name = error && error.name;
        if (name === "NotAllowedError" || name === "SecurityError") {
          say("textDenied");
        } else if (name === "NotFoundError" || name === "OverconstrainedError") {
          say("textAbsent");
        } else {
          say("textFailed");
        }
      });
    });

    stop.addEventListener("click", function () {
      if (recorder && recorder.state !== "inactive") { recorder.stop(); }
    });
  }

  /* With the AI interviewer on, say that the page waits for it (never longer than its timeout). */
  function waiting(form) {
    form.addEventListener("submit", function (event) {
      if (!event.submitter || !event.submitter.hasAttribute("data-waiting-button")) { return; }
      var status = form.querySelector("[data-waiting-status]");
      if (status) { status.textContent = form.dataset.waiting; }
      event.submitter.setAttribute("aria-disabled", "true");
    });
  }

  function ready() {
    document.querySelectorAll("[data-recorder]").forEach(setup);
    document.querySelectorAll("form[data-waiting]").forEach(waiting);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
