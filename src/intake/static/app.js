// The intake page: a sentence box, the form, a confirm dialog, recent events with undo, and a
// product view. Plain DOM, no framework, no build step. Everything shown that came from a
// person goes through textContent, never innerHTML.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const PAGE = 20;

  const { api, el, newKey } = IntakePage;

  // voice.js hands over a voice note whose product is ambiguous: the same dialog asks
  document.addEventListener("intake:choose", (event) => openConfirm(event.detail.intake, event.detail.box));

  document.addEventListener("intake:signed-in", () => {
    refreshAll();
    $("say").focus();
  });

  function show(box, tone, ...children) {
    box.className = `result${tone ? " " + tone : ""}`;
    box.replaceChildren(...children);
  }

  const VERB = { added: "Added", moved: "Moved", removed: "Removed", counted: "Counted" };

  function amount(quantity, unit) {
    if (quantity === null || quantity === undefined) return "";
    return unit ? `${quantity} ${unit}` : `${quantity}`;
  }

  function where(e) {
    if (e.event_type === "moved") {
      if (e.from_location && e.location) return `from ${e.from_location} to ${e.location}`;
      if (e.location) return `to ${e.location}`;
    }
    if (e.location) return e.event_type === "removed" ? `from ${e.location}` : `at ${e.location}`;
    return "";
  }

  function when(iso) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return "";
    const today = new Date().toDateString() === date.toDateString();
    return today ? date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })
      : date.toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
  }

  // -- what an intake became -----------------------------------------------------------------
  function describeIntake(intake, box) {
    if (intake.status === "recorded") {
      const lines = intake.items.map((item) => {
        const e = item.event;
        if (!e) return null;
        return el("li", {},
          el("strong", { text: VERB[e.event_type] || e.event_type }), " ",
          productButton(e.product_id, e.product), " ",
          [where(e), amount(e.quantity, e.unit)].filter(Boolean).join(" · "), " ",
          item.created ? el("span", { class: "tag new", text: "new product" }) : el("span", { class: "tag", text: "existing product" }));
      });
      show(box, "", el("p", { text: "Recorded:" }), el("ul", {}, lines));
    } else if (intake.status === "needs_confirmation") {
      show(box, "warn", el("p", { text: "Which product did you mean? Choose in the dialog." }),
        el("button", { type: "button", class: "quiet", text: "Choose now", onclick: () => openConfirm(intake, box) }));
      openConfirm(intake, box);
    } else if (intake.status === "rejected") {
      show(box, "error", el("p", { text: `Nothing recorded: ${(intake.error && intake.error.message) || "no inventory event found"}.` }));
    } else if (intake.status === "failed") {
      show(box, "error", el("p", { text: `Could not record: ${(intake.error && intake.error.message) || "it failed"}.` }));
    } else {
      show(box, "warn", el("p", { text: `Kept; it is ${intake.status.replace("_", " ")}.` }));
    }
  }

  function describeError(err, box) {
    if (err.status === 503 && err.details.intake_id) {
      show(box, "warn", el("p", { text: `${err.message} (intake ${err.details.intake_id}).` }));
      waitFor(err.details.intake_id, box);
      return;
    }
    if (err.status === 401) {  // auth.js shows the sign-in (or token) form above
      show(box, "error", el("p", { text: "Not recorded: sign in above, then send it again." }));
      return;
    }
    const fields = (err.details.errors || []).map((e) => el("li", { text: `${e.loc.slice(1).join(".") || "request"}: ${e.msg}` }));
    show(box, "error", el("p", { text: err.message }), fields.length > 1 ? el("ul", {}, fields) : null);
  }

  // The database was down: the intake waits in the spool. Look again now and then.
  function waitFor(intakeId, box, tries = 24) {
    setTimeout(async () => {
      try {
        const intake = await api("GET", `/intakes/${encodeURIComponent(intakeId)}`);
        if (["received", "parsing"].includes(intake.status) && tries > 0) return waitFor(intakeId, box, tries - 1);
        describeIntake(intake, box);
        refreshEvents();
      } catch (err) {
        if (tries > 0) waitFor(intakeId, box, tries - 1);
      }
    }, 5000);
  }

  // Sending the same thing again after a failure (offline, a 5xx) reuses its Idempotency-Key,
  // so that whatever reached the server the first time is not recorded twice.
  const attempts = new Map(); // form id -> {body, key}
  function keyFor(formId, body) {
    const text = JSON.stringify(body);
    const last = attempts.get(formId);
    if (last && last.body === text) return last.key;
    const fresh = { body: text, key: newKey() };
    attempts.set(formId, fresh);
    return fresh.key;
  }
  function settled(formId, err) {
    if (!err || (err.status > 0 && err.status < 500)) attempts.delete(formId);
  }

  async function submitting(form, work) {
    const buttons = form.querySelectorAll("button");
    buttons.forEach((b) => { b.disabled = true; });
    try { await work(); } finally { buttons.forEach((b) => { b.disabled = false; }); }
  }

  // -- the sentence box ----------------------------------------------------------------------
  $("say-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const input = $("say");
    const text = input.value.trim();
    if (!text) return;
    submitting(event.target, async () => {
      const box = $("say-result");
      const body = { text };
      try {
        const intake = await api("POST", "/intakes/text", body, keyFor("say", body));
        settled("say");
        input.value = "";
        describeIntake(intake, box);
        refreshAll();
      } catch (err) {
        settled("say", err);
        describeError(err, box);
      }
    });
  });

  // -- the form ------------------------------------------------------------------------------
  const eventSelect = $("f-event");
  function fitFormToEvent() {
    const moving = eventSelect.value === "moved";
    $("from-field").hidden = !moving;
    $("f-location-label").textContent = moving ? "To location" : "Location";
    $("f-quantity").required = eventSelect.value === "counted";
  }
  eventSelect.addEventListener("change", fitFormToEvent);
  fitFormToEvent();

  $("item-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.target;
    const value = (name) => {
      const field = form.elements[name];
      return field && !field.closest("[hidden]") && field.value.trim() ? field.value.trim() : null;
    };
    const body = { product: value("product"), event_type: eventSelect.value };
    for (const name of ["location", "from_location", "unit"]) {
      if (value(name) !== null) body[name] = value(name);
    }
    if (value("quantity") !== null) body.quantity = Number(value("quantity"));
    submitting(form, async () => {
      const box = $("form-result");
      try {
        const intake = await api("POST", "/intakes/form", body, keyFor("form", body));
        settled("form");
        form.reset();
        fitFormToEvent();
        describeIntake(intake, box);
        refreshAll();
      } catch (err) {
        settled("form", err);
        describeError(err, box);
      }
    });
  });

  // Autocomplete from /products and /locations (a datalist each), as the person types.
  function suggest(input, path, listId, key) {
    let timer = null;
    let asked = "";
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const q = input.value.trim();
        if (q === asked) return;
        asked = q;
        try {
          const data = await api("GET", `${path}?limit=12&q=${encodeURIComponent(q)}`);
          $(listId).replaceChildren(...data[key].map((x) => el("option", { value: x.name })));
        } catch (err) { /* suggestions are a nicety */ }
      }, 150);
    });
  }
  suggest($("f-product"), "/products", "product-options", "products");
  suggest($("find"), "/products", "product-options", "products");
  suggest($("f-location"), "/locations", "location-options", "locations");
  suggest($("f-from"), "/locations", "location-options", "locations");

  // -- the confirm dialog --------------------------------------------------------------------
  const dialog = $("confirm");
  let confirming = null; // {intake, box, returnFocus}

  function openConfirm(intake, box) {
    // already asking about this intake: keep what the person has ticked so far
    if (dialog.open && confirming && confirming.intake.id === intake.id) return;
    const waiting = intake.items
      .map((item, index) => ({ item, index }))
      .filter(({ item }) => !item.event && item.resolution && item.resolution.outcome === "ambiguous");
    if (!waiting.length) return;
    confirming = { intake, box, returnFocus: document.activeElement };
    $("confirm-said").textContent = (intake.text || intake.transcript) ? `You said: “${intake.text || intake.transcript}”` : "";
    $("confirm-error").textContent = "";
    $("confirm-items").replaceChildren(...waiting.map(({ item, index }) => {
      const name = `choice-${index}`;
      const option = (value, label, extra) => el("label", { class: "choice" },
        el("input", { type: "radio", name, value, required: true }), label,
        extra ? el("span", { class: "score", text: extra }) : null);
      return el("fieldset", {},
        el("legend", { text: `“${item.product}”${where(item) ? " " + where(item) : ""}` }),
        item.resolution.candidates.map((c) => option(String(c.id), c.name, "")),
        option("new", `A new product called “${item.product}”`));
    }));
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector("input");
    if (first) first.focus();
  }

  function closeConfirm() {
    if (dialog.open) dialog.close();
  }

  dialog.addEventListener("close", () => {
    // "close" arrives as a task after close(): if the dialog was opened again meanwhile (a
    // quick "Choose now"), this belongs to the old opening and must not forget the new one
    if (dialog.open) return;
    const back = confirming && confirming.returnFocus;
    confirming = null;
    // The browser has already put the focus back, and the person may have moved it since; only
    // a focus left on nothing (its element was re-rendered away) is ours to place.
    const active = document.activeElement;
    if (active && active !== document.body && !dialog.contains(active)) return;
    (back && document.contains(back) ? back : $("say")).focus();
  });
  $("confirm-cancel").addEventListener("click", closeConfirm);

  // Keep Tab inside the dialog (showModal makes the page inert; this also wraps around).
  dialog.addEventListener("keydown", (event) => {
    if (event.key !== "Tab") return;
    const focusable = [...dialog.querySelectorAll("input, button")].filter((n) => !n.disabled);
    // radios of one group are one Tab stop: keep the checked one, or the first
    const stops = focusable.filter((n) => n.type !== "radio" || n.checked
      || (!dialog.querySelector(`input[name="${n.name}"]:checked`) && dialog.querySelector(`input[name="${n.name}"]`) === n));
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
    else if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
  });

  $("confirm-form").addEventListener("submit", (event) => {
    event.preventDefault();
    if (!confirming) return;
    const { intake, box } = confirming;
    const choices = [...dialog.querySelectorAll("input[type=radio]:checked")].map((input) => {
      const index = Number(input.name.replace("choice-", ""));
      return input.value === "new" ? { item_index: index, create_new: true }
        : { item_index: index, product_id: Number(input.value) };
    });
    submitting(event.target, async () => {
      try {
        const done = await api("POST", `/intakes/${encodeURIComponent(intake.id)}/confirm`, { choices });
        closeConfirm();
        describeIntake(done, box);
        refreshAll();
      } catch (err) {
        $("confirm-error").textContent = err.message;
      }
    });
  });

  // -- recent events and undo ----------------------------------------------------------------
  let oldest = null;

  function eventRow(e) {
    const summary = `${VERB[e.event_type] || e.event_type} ${e.product}${where(e) ? " " + where(e) : ""}`;
    return el("li", { class: e.undone ? "undone" : "", "data-event": e.id },
      el("div", { class: "what" },
        el("span", {}, el("strong", { text: VERB[e.event_type] || e.event_type }), " ",
          productButton(e.product_id, e.product), " ",
          [where(e), amount(e.quantity, e.unit)].filter(Boolean).join(" · ")),
        " ",
        e.created ? el("span", { class: "tag new", text: "new" }) : null,
        e.undone ? el("span", { class: "tag undone", text: "undone" }) : null,
        el("span", { class: "meta", text: [when(e.created_at), e.channel, e.actor].filter(Boolean).join(" · ") })),
      e.undone ? null : el("button", {
        type: "button", class: "quiet undo", text: "Undo", "aria-label": `Undo: ${summary}`,
        onclick: (click) => undo(e, click.currentTarget),
      }));
  }

  async function undo(e, button) {
    button.disabled = true;
    try {
      await api("POST", `/events/${e.id}/undo`);
      await refreshAll();
      const row = document.querySelector(`#events li[data-event="${e.id}"]`);
      (row ? row.querySelector(".product-link") : $("say")).focus();
    } catch (err) {
      button.disabled = false;
      show($("say-result"), "error", el("p", { text: `Undo failed: ${err.message}` }));
    }
  }

  async function refreshEvents() {
    try {
      const page = await api("GET", `/events?limit=${PAGE}`);
      $("events").replaceChildren(...page.events.map(eventRow));
      $("events-empty").hidden = page.events.length > 0;
      oldest = page.next_before;
      $("more").hidden = oldest === null;
    } catch (err) {
      if (err.status !== 401) $("events-empty").hidden = true;
    }
  }

  $("more").addEventListener("click", async () => {
    if (oldest === null) return;
    const page = await api("GET", `/events?limit=${PAGE}&before=${oldest}`);
    $("events").append(...page.events.map(eventRow));
    oldest = page.next_before;
    $("more").hidden = oldest === null;
  });
  $("refresh").addEventListener("click", () => refreshAll());

  // -- the product view ----------------------------------------------------------------------
  let shownProduct = null;

  function productButton(id, name) {
    return el("button", { type: "button", class: "link product-link", text: name, onclick: () => showProduct(id, true) });
  }

  async function showProduct(id, moveFocus) {
    const view = $("product-view");
    try {
      const [product, history] = await Promise.all([
        api("GET", `/products/${id}`), api("GET", `/products/${id}/events?limit=20`)]);
      shownProduct = id;
      const rows = product.stock.map((s) => el("tr", {},
        el("td", { text: s.location || "no place given" }), el("td", { class: "num", text: s.quantity })));
      view.replaceChildren(
        el("h3", { id: "product-name", text: product.name }),
        el("h4", { text: "Where it is" }),
        product.stock.length
          ? el("table", {},
            el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Location" }), el("th", { scope: "col", class: "num", text: "Quantity" }))),
            el("tbody", {}, rows),
            el("tfoot", {}, el("tr", {}, el("td", { text: "Total" }), el("td", { class: "num", text: product.total }))))
          : el("p", { class: "muted", text: "None in stock." }),
        el("h4", { text: "History" }),
        el("ol", { class: "history" }, history.events.map((e) => el("li", { class: e.undone ? "undone" : "" },
          `${when(e.created_at)} · ${VERB[e.event_type] || e.event_type}`,
          [where(e), amount(e.quantity, e.unit)].filter(Boolean).map((p) => ` · ${p}`).join(""),
          e.undone ? " · undone" : "",
          e.said ? el("span", { class: "meta muted", text: ` — “${e.said}”` }) : null))));
      if (moveFocus) $("product-card").focus();
    } catch (err) {
      view.replaceChildren(el("p", { class: "error", text: err.message }));
    }
  }

  $("find-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const q = $("find").value.trim();
    if (!q) return;
    try {
      const data = await api("GET", `/products?limit=20&q=${encodeURIComponent(q)}`);
      const exact = data.products.find((p) => p.name.toLowerCase() === q.toLowerCase());
      const pick = exact || (data.products.length === 1 ? data.products[0] : null);
      if (pick) return showProduct(pick.id, true);
      $("product-view").replaceChildren(data.products.length
        ? el("ul", {}, data.products.map((p) => el("li", {}, productButton(p.id, p.name))))
        : el("p", { class: "muted", text: `No product named like “${q}”.` }));
    } catch (err) {
      $("product-view").replaceChildren(el("p", { class: "error", text: err.message }));
    }
  });

  // -- health and start-up -------------------------------------------------------------------
  async function refreshHealth() {
    const line = $("health");
    try {
      await api("GET", "/health");
      line.textContent = "Database connected";
      line.className = "health ok";
    } catch (err) {
      line.textContent = err.status === 503 ? "Database unavailable — what you record is kept"
        : "Server unreachable";
      line.className = "health down";
    }
  }

  async function refreshAll() {
    await Promise.all([refreshEvents(), refreshHealth(), shownProduct ? showProduct(shownProduct, false) : null]);
  }

  refreshAll();
  setInterval(refreshHealth, 30000);
})();
