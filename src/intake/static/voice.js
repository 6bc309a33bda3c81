// The voice note card: record in the browser, upload, follow the intake until it is recorded,
// and show what was heard beside what was recorded. Fills <section id="voice"> of index.html.
//
// One upload path for both runtimes: POST /intakes/voice answers {intake, upload: {url, fields}}
// and the audio goes as a multipart POST of those fields plus the file, to S3 on AWS (a
// presigned POST) or to the local server. Everything shown that came from a person or the
// recogniser goes through textContent.
"use strict";

(() => {
  const section = document.getElementById("voice");
  if (!section) return;

  const MAX_SECONDS = 115;                   // the server takes two minutes; stop a little before
  const MAX_BYTES = 10 * 1024 * 1024;
  const OPEN = ["received", "uploaded", "transcribing", "parsing"];
  const SAYING = {
    received: "Uploaded. Waiting for the server to pick it up…",
    uploaded: "Checking the recording…",
    transcribing: "Listening to your note…",
    parsing: "Finding the products…",
  };
  // Chromium and Firefox record webm/opus, Safari mp4/aac: the first one supported wins.
  const TYPES = ["audio/webm;codecs=opus", "audio/webm", "audio/mp4;codecs=mp4a.40.2", "audio/mp4",
    "audio/ogg;codecs=opus", "audio/ogg"];

  const { api, el } = IntakePage;

  const recordButton = el("button", { type: "button", id: "voice-record", "aria-pressed": "false", text: "Record" });
  const clock = el("span", { id: "voice-clock", class: "muted", "aria-hidden": "true" });
  const progress = el("progress", { id: "voice-progress", max: "100", value: "0", hidden: true,
    "aria-label": "Upload progress", style: "width: 100%; margin-top: .5rem" });
  const status = el("p", { id: "voice-status", class: "muted", role: "status", "aria-live": "polite",
    style: "margin: .5rem 0 0" });
  const heard = el("blockquote", { id: "voice-transcript", hidden: true,
    style: "margin: .6rem 0 0; padding: .4rem .8rem; border-left: 3px solid var(--line, #ccc)" });
  const result = el("div", { id: "voice-result", class: "result", "aria-live": "polite" });
  const retryButton = el("button", { type: "button", id: "voice-retry", class: "quiet", hidden: true, text: "Try again" });

  section.replaceChildren(
    el("h2", { id: "voice-title", text: "Or say it" }),
    el("p", { class: "muted", style: "margin: 0 0 .5rem",
      text: "Press Record, say what happened (\u201cmoved the drill to shelf B3\u201d), then press Stop." }),
    el("div", { class: "row", style: "align-items: center" }, recordButton, clock, retryButton),
    progress, status, heard, result);
  section.setAttribute("aria-labelledby", "voice-title");
  section.hidden = false;

  if (!window.MediaRecorder || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    recordButton.disabled = true;
    status.textContent = "This browser cannot record audio here (it needs a secure page: https or localhost).";
    return;
  }

  // -- talking to the API: IntakePage.api (common.js) ----------------------------------------
  // The upload form as S3 wants it: its fields first, the file last. XHR, for progress events.
  function upload(target, blob) {
    return new Promise((resolve, reject) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(target.fields)) form.append(name, value);
      form.append("file", blob, "note");
      const xhr = new XMLHttpRequest();
      xhr.open("POST", target.url);
      xhr.upload.addEventListener("progress", (event) => {
        if (event.lengthComputable) progress.value = Math.round((100 * event.loaded) / event.total);
      });
      xhr.addEventListener("load", () => {
        if (xhr.status >= 200 && xhr.status < 300) resolve();
        else reject(new Error(`The upload was refused (${xhr.status}).`));
      });
      xhr.addEventListener("error", () => reject(new Error("The upload did not get through.")));
      xhr.addEventListener("timeout", () => reject(new Error("The upload took too long.")));
      xhr.timeout = 120000;
      xhr.send(form);
    });
  }

  // -- recording ---------------------------------------------------------------------------
  let recorder = null;
  let lastBlob = null;
  let ticking = null;

  function pickType() {
    return TYPES.find((type) => MediaRecorder.isTypeSupported(type)) || "";
  }

  async function startRecording() {
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (err) {
      status.textContent = "The microphone is not available (was permission refused?).";
      return;
    }
    const mimeType = pickType();
    const chunks = [];
    recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    recorder.addEventListener("dataavailable", (event) => { if (event.data && event.data.size) chunks.push(event.data); });
    recorder.addEventListener("stop", () => {
      stream.getTracks().forEach((track) => track.stop());
      clearInterval(ticking);
      clock.textContent = "";
      const type = (recorder.mimeType || mimeType || "audio/webm");
      recorder = null;
      setRecording(false);
      send(new Blob(chunks, { type }));
    });
    recorder.start(250);  // timeslices: a long note is not held in one buffer at the end
    const began = Date.now();
    ticking = setInterval(() => {
      const seconds = Math.floor((Date.now() - began) / 1000);
      clock.textContent = `${seconds} s`;
      if (seconds >= MAX_SECONDS && recorder) recorder.stop();
    }, 250);
    setRecording(true);
    clearResult();
    status.textContent = "Recording… press Stop when you are done.";
  }

  function setRecording(on) {
    recordButton.textContent = on ? "Stop" : "Record";
    recordButton.setAttribute("aria-pressed", on ? "true" : "false");
    recordButton.classList.toggle("recording", on);
  }

  recordButton.addEventListener("click", () => {
    if (recorder && recorder.state === "recording") recorder.stop();
    else if (!recorder) startRecording();
  });

  retryButton.addEventListener("click", () => {
    if (lastBlob) send(lastBlob);
  });

  // -- sending and following ---------------------------------------------------------------
  function clearResult() {
    result.className = "result";
    result.replaceChildren();
    heard.hidden = true;
    heard.textContent = "";
    retryButton.hidden = true;
  }

  async function send(blob) {
    lastBlob = blob;
    clearResult();
    recordButton.disabled = true;
    try {
      if (!blob.size) throw new Error("Nothing was recorded.");
      if (blob.size > MAX_BYTES) throw new Error("The recording is too long to send.");
      status.textContent = "Sending…";
      // the server takes the type without codec parameters as well; send what the recorder made
      const created = await api("POST", "/intakes/voice", { content_type: blob.type || "audio/webm", size_bytes: blob.size });
      progress.value = 0;
      progress.hidden = false;
      await upload(created.upload, blob);
      progress.value = 100;
      status.textContent = SAYING.received;
      const intake = await follow(created.intake.id);
      describe(intake);
    } catch (err) {
      showError(err.message, true);
    } finally {
      progress.hidden = true;
      recordButton.disabled = false;
    }
  }

  async function follow(intakeId) {
    const deadline = Date.now() + 5 * 60 * 1000;
    let wait = 400;
    for (;;) {
      const intake = await api("GET", `/intakes/${encodeURIComponent(intakeId)}`);
      if (!OPEN.includes(intake.status)) return intake;
      status.textContent = SAYING[intake.status] || `It is ${intake.status}…`;
      if (Date.now() > deadline) throw new Error("This is taking long; it will still be recorded. Check Recent events later.");
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait = Math.min(wait * 1.5, 3000);
    }
  }

  const VERB = { added: "Added", moved: "Moved", removed: "Removed", counted: "Counted" };

  function describe(intake) {
    if (intake.transcript !== null && intake.transcript !== undefined) {
      heard.hidden = false;
      heard.textContent = intake.transcript ? `Heard: \u201c${intake.transcript}\u201d` : "Heard nothing.";
    }
    if (intake.status === "recorded") {
      status.textContent = "Recorded.";
      result.className = "result";
      result.replaceChildren(el("ul", {}, intake.items.filter((item) => item.event).map((item) => {
        const e = item.event;
        const where = e.event_type === "moved"
          ? [e.from_location ? `from ${e.from_location}` : "", e.location ? `to ${e.location}` : ""].filter(Boolean).join(" ")
          : (e.location ? `at ${e.location}` : "");
        const amount = e.quantity === null || e.quantity === undefined ? "" : `${e.quantity}${e.unit ? " " + e.unit : ""}`;
        return el("li", { class: "voice-event" }, el("strong", { text: VERB[e.event_type] || e.event_type }), " ",
          e.product, [amount, where].filter(Boolean).map((part) => ` \u00b7 ${part}`).join(""),
          item.created ? el("span", { class: "tag new", text: "new product" }) : null);
      })));
      const refresh = document.getElementById("refresh");  // the Recent events list of app.js
      if (refresh) refresh.click();
    } else if (intake.status === "needs_confirmation") {
      status.textContent = "Not recorded yet.";
      result.className = "result warn";
      if (intake.error && intake.error.code === "low_confidence") {
        result.replaceChildren(
          el("p", { text: "The recording was hard to make out. Is this what you said?" }),
          el("button", { type: "button", text: "Yes, record it", onclick: () => confirmHeard(intake) }),
          " ",
          el("button", { type: "button", class: "quiet", text: "Edit as a sentence", onclick: () => {
            const say = document.getElementById("say");
            if (!say) return;
            say.value = intake.transcript || "";
            say.focus();
          } }));
      } else {
        // more than one product fits: app.js owns the dialog that asks which one
        result.replaceChildren(el("p", { text: "Which product did you mean? Choose in the dialog." }));
        document.dispatchEvent(new CustomEvent("intake:choose", { detail: { intake, box: result } }));
      }
    } else {
      const why = (intake.error && intake.error.message) || (intake.status === "rejected" ? "no inventory event found" : "it failed");
      showError(intake.status === "rejected" ? `Nothing recorded: ${why}.` : `Could not record: ${why}.`,
        intake.status === "failed");
      if (intake.status === "rejected") status.textContent = "Record again when you are ready.";
    }
  }

  async function confirmHeard(intake) {
    try {
      describe(await api("POST", `/intakes/${encodeURIComponent(intake.id)}/confirm`, { choices: [] }));
    } catch (err) {
      showError(err.message, false);
    }
  }

  function showError(message, canRetry) {
    status.textContent = "";
    result.className = "result error";
    result.replaceChildren(el("p", { text: message }));
    retryButton.hidden = !(canRetry && lastBlob);
  }
})();
