// What app.js and voice.js share (loaded after auth.js, before both): building DOM nodes, and
// calling the API as JSON with an Idempotency-Key on every POST and the bearer token from
// auth.js. Errors come back as ApiError with the server's message, status and code.
"use strict";

window.IntakePage = (() => {
  // -- talking to the API ------------------------------------------------------------------
  class ApiError extends Error {
    constructor(status, body) {
      const error = (body && body.error) || {};
      super(error.message || `the server answered ${status}`);
      this.status = status;
      this.code = error.code || "http_error";
      this.details = error.details || {};
    }
  }

  const newKey = () =>
    (window.crypto && crypto.randomUUID) ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;

  // The bearer token, its renewal and asking for it on a 401 are auth.js's (IntakeAuth).
  async function api(method, path, body, key) {
    const headers = { Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (method === "POST") headers["Idempotency-Key"] = key || newKey();
    let response;
    try {
      response = await IntakeAuth.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (err) {
      throw new ApiError(0, { error: { code: "offline", message: "The server cannot be reached." } });
    }
    const data = await response.json().catch(() => null);
    if (!response.ok) throw new ApiError(response.status, data);
    return data;
  }

  // -- small DOM helpers -------------------------------------------------------------------
  function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key === "style") node.style.cssText = value;  // CSSOM: the page's CSP refuses style attributes
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  return { ApiError, api, el, newKey };
})();
