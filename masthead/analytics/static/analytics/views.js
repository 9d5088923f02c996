// Views beacon: count each article once it is shown and write the answer's count into it.
// Articles present at load are counted at once; continuous reading announces the ones it
// appends with the "masthead:article-shown" event.

const ENDPOINT = "/api/v1/views/";

function count(article) {
  if (!article || article.hasAttribute("data-viewed")) return;
  const id = article.getAttribute("data-page-id");
  if (!/^[1-9][0-9]{0,17}$/.test(id || "")) return;
  article.setAttribute("data-viewed", "");
  fetch(`${ENDPOINT}${id}/`, {
    method: "POST",
    keepalive: true,
    credentials: "omit",
    headers: { Accept: "application/json" },
  })
    .then((response) => (response.ok ? response.json() : null))
    .then((data) => {
      if (!data || typeof data.views !== "number") return;
      const text = String(data.views);
      for (const span of article.querySelectorAll("[data-views]")) span.textContent = text;
    })
    .catch(() => {});
}

function countAll() {
  for (const article of document.querySelectorAll("article[data-page-id]")) count(article);
}

document.addEventListener("masthead:article-shown", (event) => {
  count(event.detail && event.detail.article);
});

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", countAll);
} else {
  countAll();
}
