/* Masthead's reader script: theme and text size, share, print, copy link, copy with source,
   and continuous reading. Every string it shows comes from the page (#masthead-strings). */

const root = document.documentElement;
const THEME_KEY = "masthead:theme";
const STEP_KEY = "masthead:font-step";
const MIN_STEP = -2; // keep in step with preferences.js and the CSS
const MAX_STEP = 4;

const stringsNode = document.getElementById("masthead-strings");
const strings = stringsNode ? JSON.parse(stringsNode.textContent) : {};

function remember(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

/* Theme --------------------------------------------------------------------------------- */

function syncThemeButtons() {
  const dark = root.dataset.theme === "dark";
  for (const button of document.querySelectorAll('[data-action="toggle-theme"]')) {
    button.setAttribute("aria-pressed", String(dark));
  }
}

function toggleTheme() {
  const theme = root.dataset.theme === "dark" ? "light" : "dark";
  root.dataset.theme = theme;
  root.setAttribute("data-theme-chosen", "");
  remember(THEME_KEY, theme);
  syncThemeButtons();
  toast(theme === "dark" ? strings.nightOn : strings.nightOff);
}

const systemDark = window.matchMedia("(prefers-color-scheme: dark)");
systemDark.addEventListener("change", (event) => {
  if (root.hasAttribute("data-theme-chosen")) return;
  root.dataset.theme = event.matches ? "dark" : "light";
  syncThemeButtons();
});

/* Text size ----------------------------------------------------------------------------- */

function currentStep() {
  return Number.parseInt(root.dataset.fontStep || "0", 10) || 0;
}

function syncSizeButtons() {
  const step = currentStep();
  for (const button of document.querySelectorAll('[data-action="font-larger"]')) {
    button.disabled = step >= MAX_STEP;
  }
  for (const button of document.querySelectorAll('[data-action="font-smaller"]')) {
    button.disabled = step <= MIN_STEP;
  }
}

function changeStep(delta) {
  const step = Math.max(MIN_STEP, Math.min(MAX_STEP, currentStep() + delta));
  if (step === 0) delete root.dataset.fontStep;
  else root.dataset.fontStep = String(step);
  remember(STEP_KEY, String(step));
  syncSizeButtons();
}

/* Toast --------------------------------------------------------------------------------- */

let toastTimer = 0;
function toast(message) {
  const node = document.querySelector("[data-toast]");
  if (!node || !message) return;
  node.textContent = message;
  node.classList.add("is-visible");
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => node.classList.remove("is-visible"), 3000);
}

/* Share, print, copy link ---------------------------------------------------------------- */

async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.className = "visually-hidden";
  document.body.append(area);
  area.select();
  const copied = document.execCommand("copy");
  area.remove();
  if (!copied) throw new Error("copy refused");
}

async function copyLink(article) {
  try {
    await copyText(article ? article.dataset.url : location.href);
    toast(strings.linkCopied);
  } catch {
    toast(strings.copyFailed);
  }
}

function printArticle(article) {
  if (article) {
    article.classList.add("is-print-target");
    root.classList.add("print-one");
  }
  window.print();
}

window.addEventListener("afterprint", () => {
  root.classList.remove("print-one");
  for (const node of document.querySelectorAll(".is-print-target")) {
    node.classList.remove("is-print-target");
  }
});

function enableWebShare(scope) {
  if (!navigator.share) return;
  for (const button of scope.querySelectorAll('[data-action="web-share"]')) button.hidden = false;
}

document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-action]");
  if (!button) return;
  const article = button.closest("article[data-url]");
  switch (button.dataset.action) {
    case "toggle-theme":
      toggleTheme();
      break;
    case "font-larger":
      changeStep(1);
      break;
    case "font-smaller":
      changeStep(-1);
      break;
    case "print":
      printArticle(article);
      break;
    case "copy-link":
      copyLink(article);
      break;
    case "web-share":
      if (article && navigator.share) {
        const title = article.querySelector(".article__title")?.textContent.trim() || document.title;
        navigator.share({ title, url: article.dataset.url }).catch(() => {});
      }
      break;
  }
});

/* Copying article text adds its source ---------------------------------------------------- */

function escapeHtml(text) {
  const node = document.createElement("span");
  node.textContent = text;
  return node.innerHTML;
}

document.addEventListener("copy", (event) => {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || !event.clipboardData) return;
  const anchor = selection.anchorNode;
  const element = anchor && (anchor.nodeType === Node.ELEMENT_NODE ? anchor : anchor.parentElement);
  const article = element && element.closest("article[data-url]");
  const text = selection.toString();
  if (!article || !text.trim() || !strings.source) return;
  const source = strings.source.replace("%(url)s", article.dataset.url);
  const fragment = document.createElement("div");
  fragment.append(selection.getRangeAt(0).cloneContents());
  event.clipboardData.setData("text/plain", `${text}\n\n${source}`);
  event.clipboardData.setData("text/html", `${fragment.innerHTML}<p>${escapeHtml(source)}</p>`);
  event.preventDefault();
});

/* Continuous reading ---------------------------------------------------------------------- */

function followArticle(article) {
  const url = new URL(article.dataset.url, location.href);
  if (url.origin === location.origin && url.pathname !== location.pathname) {
    history.replaceState(history.state, "", url.pathname + url.search);
  }
  if (article.dataset.title) document.title = article.dataset.title;
}

function demoteTitle(article) {
  // One h1 per document: an appended article's title becomes an h2.
  const h1 = article.querySelector("h1");
  if (!h1) return;
  const h2 = document.createElement("h2");
  for (const { name, value } of h1.attributes) h2.setAttribute(name, value);
  h2.append(...h1.childNodes);
  h1.replaceWith(h2);
}

function startContinuousReading(stream) {
  const loading = stream.querySelector("[data-loading]");
  const shown = new Set(
    [...stream.querySelectorAll("article[data-page-id]")].map((node) => node.dataset.pageId),
  );
  let busy = false;

  const inView = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) followArticle(entry.target);
    },
    { rootMargin: "-40% 0px -55% 0px" },
  );

  const nearEnd = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) appendNext(entry.target);
    },
    { rootMargin: "0px 0px 300px 0px" },
  );

  function watch(article) {
    inView.observe(article);
    const link = article.querySelector("[data-next-article]");
    if (link) nearEnd.observe(link);
  }

  async function appendNext(link) {
    if (busy) return;
    busy = true;
    nearEnd.unobserve(link);
    if (loading) loading.hidden = false;
    try {
      const response = await fetch(link.href, { headers: { Accept: "text/html" } });
      if (!response.ok) throw new Error(String(response.status));
      const html = await response.text();
      const next = new DOMParser()
        .parseFromString(html, "text/html")
        .querySelector("article[data-page-id]");
      if (!next || shown.has(next.dataset.pageId)) return;
      shown.add(next.dataset.pageId);
      const article = document.importNode(next, true);
      demoteTitle(article);
      article.classList.add("article--appended");
      stream.insertBefore(article, loading);
      link.closest("nav")?.setAttribute("hidden", "");
      enableWebShare(article);
      syncSizeButtons();
      watch(article);
      document.dispatchEvent(new CustomEvent("masthead:article-shown", { detail: { article } }));
    } catch {
      // The plain "Next article" link stays for the reader to follow.
    } finally {
      if (loading) loading.hidden = true;
      busy = false;
    }
  }

  for (const article of stream.querySelectorAll("article[data-page-id]")) watch(article);
}

syncThemeButtons();
syncSizeButtons();
enableWebShare(document);
const stream = document.querySelector("[data-stream]");
if (stream && "IntersectionObserver" in window) startContinuousReading(stream);
