// ---------------------------------------------------------------------------
// API_BASE: where the backend is.
//
// "" (the default) calls /api/... on the page's own origin: that works behind the
// reverse proxy, which sends /api/ to the backend.
//
// CORS task: when the page is served by its own nginx on port 9000 and the backend
// runs on port 5252, change it to "http://localhost:5252". The browser then makes
// cross-origin calls, which the backend answers only if CORS_ALLOW_ORIGIN names
// this page's origin (http://localhost:9000).
// ---------------------------------------------------------------------------
const API_BASE = "http://localhost:5252";

// Fetches JSON and returns it, or throws an Error whose message is the backend's reason.
async function api(path, options) {
  const response = await fetch(API_BASE + path, options);
  let body = null;
  try {
    body = await response.json();
  } catch (ignored) {
    // Not JSON (an nginx error page, say); the status says enough.
  }
  if (!response.ok) {
    const reason = body && body.reason ? body.reason : response.status + " " + response.statusText;
    throw new Error(reason);
  }
  return body;
}

function show(id, text, isError) {
  const element = document.getElementById(id);
  element.textContent = text;
  element.classList.toggle("error", Boolean(isError));
}

async function loadHello() {
  try {
    const hello = await api("/api/hello");
    show("dynamic-content", hello.message);
    show("instance", "Served by " + hello.instance);
  } catch (error) {
    show("dynamic-content", "No answer", true);
    show("instance", error.message, true);
  }
}

async function countHit() {
  try {
    const result = await api("/api/hits");
    show("hits", String(result.hits));
    show("hits-detail", "Counted by " + result.instance + ", shared by every replica through Redis.");
  } catch (error) {
    show("hits", "–");
    show("hits-detail", error.message, true);
  }
}

async function shorten(event) {
  event.preventDefault();
  const url = document.getElementById("long-url").value.trim();
  const output = document.getElementById("short-url");
  try {
    const result = await api("/api/shorten", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ url: url }),
    });
    output.classList.remove("error");
    output.textContent = "Short link: ";
    const link = document.createElement("a");
    link.href = result.short_url;
    link.textContent = result.short_url;
    output.appendChild(link);
  } catch (error) {
    show("short-url", error.message, true);
  }
}

document.addEventListener("DOMContentLoaded", function () {
  document.getElementById("api-base").textContent = (API_BASE || "") + "/api/…";
  document.getElementById("hello-again").addEventListener("click", loadHello);
  document.getElementById("hit").addEventListener("click", countHit);
  document.getElementById("shorten-form").addEventListener("submit", shorten);
  loadHello();
  countHit();
});
