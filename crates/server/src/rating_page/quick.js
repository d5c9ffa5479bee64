// The rating page's own script (rating_page/page.rs draws the page around
// it): the faces answer a tap before the app has downloaded. Every change is
// kept at once in localStorage under "mystery-shopper-quick", as a list of
// { evaluation, state: "draft" | "queued" | "sent", updated_at, refused?, kiosk?,
// adopted? (the app has it in its store: src/platform/page_ratings.rs) },
// the evaluation in the wire's form, which the server gave the page to fill
// in (its id, the device's id, the answers). A rating sent goes with the same
// PUT the app uses, and again until it is on the server (the same body twice
// is stored once). The app, once it has arrived, takes the page over
// (window.msQuick) and what it kept into its own store (src/state/quick.rs).
(() => {
  "use strict";
  const STORE = "mystery-shopper-quick";
  const SETTINGS = "mystery-shopper-settings";
  const DEVICE = "mystery-shopper-quick-device";
  // This script comes before the page's markup, so that a tap the moment a
  // face appears is heard (on the document, as the markup arrives).
  const cfg = JSON.parse(document.getElementById("quick-config").textContent);
  const root = () => document.getElementById("quick");
  const $ = (s) => root()?.querySelector(s) || null;
  const $$ = (s) => [...(root()?.querySelectorAll(s) || [])];
  const centre = cfg.evaluation.centre_id;
  // An exit kiosk: its key goes with each rating, and the faces come back a
  // few seconds after each (src/screens/kiosk.rs).
  const kiosk = !!cfg.kiosk;
  const SAVED_AFTER_MS = 3000;
  let handedOver = false;

  const read = () => {
    try {
      const list = JSON.parse(localStorage.getItem(STORE) || "[]");
      return Array.isArray(list) ? list.filter((e) => e && e.evaluation && typeof e.evaluation.id === "string") : [];
    } catch (e) {
      return [];
    }
  };
  const write = (list) => {
    try { localStorage.setItem(STORE, JSON.stringify(list)); } catch (e) { /* no storage: sent, not kept */ }
  };
  const keep = (entry) => {
    entry.updated_at = Date.now();
    write(read().filter((e) => e.evaluation.id !== entry.evaluation.id).concat([entry]));
  };
  const mark = (id, change) => {
    const list = read();
    const found = list.find((e) => e.evaluation.id === id);
    if (found) { Object.assign(found, change); write(list); }
  };

  const uuid = () => {
    if (crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
  // The app's device id when it has one; else the page's own, kept.
  const deviceId = () => {
    try {
      const app = JSON.parse(localStorage.getItem(SETTINGS) || "null");
      if (app && typeof app.device_id === "string" && app.device_id) return app.device_id;
      let own = localStorage.getItem(DEVICE);
      if (!own) { own = uuid(); localStorage.setItem(DEVICE, own); }
      return own;
    } catch (e) {
      return uuid();
    }
  };

  // A rating begun here earlier and left unsent resumes where it was.
  // One the app has taken into its store already is the app's to resume.
  let entry = kiosk ? null : read().filter((e) => e.state === "draft" && !e.adopted && e.evaluation.centre_id === centre)
    .sort((a, b) => b.updated_at - a.updated_at)[0] || null;
  const kioskKey = () => {
    const given = new URLSearchParams(location.search).get("key");
    if (given && given.trim()) return given.trim();
    try { return (JSON.parse(localStorage.getItem(SETTINGS) || "null") || {}).kiosk_key || null; } catch (e) { return null; }
  };
  const fresh = () => {
    const evaluation = JSON.parse(JSON.stringify(cfg.evaluation));
    evaluation.id = uuid();
    evaluation.device_id = deviceId();
    return { evaluation, state: "draft", updated_at: Date.now(), kiosk: kiosk || undefined };
  };
  const faceOf = (e) => { const a = e && e.evaluation.answers[cfg.face]; return a && a.value ? a.value.value : null; };
  const reasonsShown = (e) => !!cfg.reasons && cfg.reasons.when.includes(faceOf(e));
  const reasonsOf = (e) => { const a = cfg.reasons && e && e.evaluation.answers[cfg.reasons.id]; return a && a.value ? a.value.value : []; };
  const complete = (e) => !!faceOf(e) && (!reasonsShown(e) || !cfg.reasons.required || reasonsOf(e).length > 0);

  function draw() {
    const face = faceOf(entry);
    for (const b of $$("button[data-face]")) {
      const on = b.dataset.face === face;
      b.classList.toggle("selected", on);
      b.setAttribute("aria-pressed", String(on));
    }
    const reasons = cfg.reasons && $(`#item-${cfg.reasons.id}`);
    if (reasons) {
      reasons.hidden = !reasonsShown(entry);
      const chosen = reasonsOf(entry);
      for (const b of reasons.querySelectorAll("button[data-option]")) {
        const on = chosen.includes(b.dataset.option);
        b.classList.toggle("on", on);
        b.setAttribute("aria-pressed", String(on));
      }
    }
    const submit = $("button[data-action=submit]");
    if (submit) submit.disabled = handedOver || !complete(entry);
    const count = $(".outbox-badge .count");
    if (count) count.textContent = String(read().filter((e) => e.state === "queued" && !e.adopted).length);
  }

  let back = null;
  function thanks(state, reason) {
    $("[data-quick=rating]").hidden = true;
    $("[data-quick=thanks]").hidden = false;
    const p = $(".upload-state");
    p.className = `upload-state ${state}`;
    p.dataset.state = state;
    p.textContent = state === "failed" ? `${cfg.words.refused} ${reason}` : cfg.words[state];
    draw();
    if (kiosk && state !== "sending") {
      clearTimeout(back);
      back = setTimeout(() => { if (!handedOver) again(); }, cfg.kiosk_thanks_ms);
    }
  }

  function again() {
    entry = null;
    $("[data-quick=thanks]").hidden = true;
    $("[data-quick=rating]").hidden = false;
    draw();
  }

  // One request at a time per rating; a failure of the network leaves it queued.
  const sending = new Set();
  async function put(e) {
    const id = e.evaluation.id;
    if (sending.has(id)) return "sending";
    sending.add(id);
    try {
      const body = JSON.stringify(e.evaluation);
      const headers = { "content-type": "application/json", [cfg.device_time_header]: new Date().toISOString() };
      const key = e.kiosk && kioskKey();
      if (key) headers[cfg.kiosk] = key;
      const r = await fetch(`/api/v1/evaluations/${id}`, { method: "PUT", keepalive: body.length < 60000, body, headers });
      if (r.ok) { mark(id, { state: "sent" }); return "sent"; }
      if (r.status >= 500 || r.status === 408 || r.status === 429) return "saved";
      let reason = String(r.status);
      try { reason = (await r.json()).message || reason; } catch (x) { /* no body */ }
      mark(id, { refused: reason });
      return { refused: reason };
    } catch (x) {
      return "saved";
    } finally {
      sending.delete(id);
    }
  }
  const shown = (e, outcome) => {
    if (handedOver || !entry || entry.evaluation.id !== e.evaluation.id) return;
    if (outcome === "sending") return;
    if (typeof outcome === "object") thanks("failed", outcome.refused); else thanks(outcome);
  };
  const retry = () => {
    for (const e of read()) if (e.state === "queued" && !e.refused && !e.adopted) put(e).then((o) => shown(e, o));
  };

  document.addEventListener("click", (ev) => {
    const b = ev.target instanceof Element ? ev.target.closest("#quick button") : null;
    if (!b || handedOver) return;
    if (b.dataset.face) {
      if (!entry) entry = fresh();
      if (cfg.evaluation.counter) entry.evaluation.counter = cfg.evaluation.counter;
      entry.evaluation.answers[cfg.face] = { value: cfg.faces[b.dataset.face] };
      if (cfg.reasons && !reasonsShown(entry)) delete entry.evaluation.answers[cfg.reasons.id];
      keep(entry);
      draw();
    } else if (b.dataset.option && entry) {
      const chosen = reasonsOf(entry).slice();
      const at = chosen.indexOf(b.dataset.option);
      if (at >= 0) chosen.splice(at, 1); else chosen.push(b.dataset.option);
      if (chosen.length) entry.evaluation.answers[cfg.reasons.id] = { value: Object.assign({}, cfg.choices, { value: chosen }) };
      else delete entry.evaluation.answers[cfg.reasons.id];
      keep(entry);
      draw();
    } else if (b.dataset.action === "submit" && complete(entry)) {
      entry.state = "queued";
      keep(entry);
      const e = entry;
      // It is on the device already: offline, or with no answer soon, say so
      // (the request goes on, and "sent" follows when it is answered).
      thanks(navigator.onLine ? "sending" : "saved");
      setTimeout(() => { if (sending.has(e.evaluation.id)) shown(e, "saved"); }, SAVED_AFTER_MS);
      put(e).then((o) => shown(e, o));
    } else if (b.dataset.action === "again") {
      again();
    }
  });
  addEventListener("online", retry);
  retry();
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw, { once: true });
  } else {
    draw();
  }

  // The app, once the faces are up and the page is idle; and this page kept
  // where the service worker finds it, so the link opens again offline.
  const APP_AFTER_MS = 1500;
  // The page kept for offline a moment after the faces (well within 3 s), as
  // it was opened (the app's router may add to the address later).
  const KEEP_AFTER_MS = 500;
  const link = location.href;
  const idle = (f) => ("requestIdleCallback" in window ? requestIdleCallback(f, { timeout: 1000 }) : setTimeout(f, 200));
  const loaded = new Promise((ok) => (document.readyState === "complete" ? ok() : addEventListener("load", ok, { once: true })));
  window.msQuick = {
    /** Starts the app (index.html's module script) once the page is up and
     * a moment has passed: compiling it takes the device's processor, and
     * the first tap should not wait for it. */
    later(start) { loaded.then(() => setTimeout(() => idle(start), APP_AFTER_MS)); },
    /** The app has arrived: the page answers no more taps, and says what it shows. */
    handOver() {
      handedOver = true;
      draw();
      const now = entry && read().find((e) => e.evaluation.id === entry.evaluation.id);
      return JSON.stringify({ shown: now ? now.evaluation.id : null, submitted: !!now && now.state !== "draft" });
    },
    /** The app draws the page now. */
    reveal() { root()?.remove(); },
  };
  loaded.then(() => setTimeout(() => idle(() => {
    if ("caches" in window) caches.open("ms-pages").then((c) => c.add(link)).catch(() => {});
  }), KEEP_AFTER_MS));
})();
