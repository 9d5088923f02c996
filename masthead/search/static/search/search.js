// Title suggestions for the header search box: the ARIA 1.2 combobox pattern with a listbox popup.
// Strings come from data-* attributes rendered by the template in the page's language.

const DEBOUNCE_MS = 150;

function setUp(form) {
  const input = form.querySelector('[role="combobox"]');
  const list = form.querySelector('[role="listbox"]');
  const status = form.querySelector("[data-search-status]");
  const url = form.dataset.suggestUrl;
  let timer = 0;
  let controller = null;
  let active = -1;

  const options = () => Array.from(list.querySelectorAll('[role="option"]'));

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    const items = options();
    if (!items.length) return;
    active = (index + items.length) % items.length;
    items.forEach((item, i) => item.setAttribute("aria-selected", String(i === active)));
    input.setAttribute("aria-activedescendant", items[active].id);
    items[active].scrollIntoView({ block: "nearest" });
  }

  function render(suggestions) {
    list.replaceChildren();
    suggestions.forEach((suggestion, i) => {
      const item = document.createElement("li");
      item.id = `header-search-option-${i}`;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      const link = document.createElement("a");
      link.href = suggestion.url;
      link.textContent = suggestion.title;
      link.tabIndex = -1;
      item.append(link);
      item.addEventListener("mousedown", (event) => event.preventDefault());
      item.addEventListener("click", () => window.location.assign(suggestion.url));
      list.append(item);
    });
    active = -1;
    input.removeAttribute("aria-activedescendant");
    if (suggestions.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      status.textContent = form.dataset.msgCount.replace("{count}", String(suggestions.length));
    } else {
      close();
      status.textContent = input.value.trim() ? form.dataset.msgNone : "";
    }
  }

  async function fetchSuggestions() {
    const query = input.value;
    if (query.trim().length < 2) {
      render([]);
      return;
    }
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const response = await fetch(`${url}?q=${encodeURIComponent(query)}`, {
        signal: controller.signal,
        headers: { Accept: "application/json" },
      });
      if (!response.ok) return;
      const data = await response.json();
      if (data.query === input.value) render(data.suggestions || []);
    } catch (error) {
      if (error.name !== "AbortError") close();
    }
  }

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(fetchSuggestions, DEBOUNCE_MS);
  });

  input.addEventListener("keydown", (event) => {
    const items = options();
    if (event.key === "ArrowDown" && items.length) {
      event.preventDefault();
      if (list.hidden) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
      highlight(active + 1);
    } else if (event.key === "ArrowUp" && items.length) {
      event.preventDefault();
      highlight(active - 1);
    } else if (event.key === "Enter" && active >= 0 && !list.hidden) {
      event.preventDefault();
      window.location.assign(items[active].querySelector("a").href);
    } else if (event.key === "Escape") {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else {
        input.value = "";
      }
    }
  });

  input.addEventListener("blur", () => window.setTimeout(close, 100));
}

document.querySelectorAll("form[data-search-box]").forEach(setUp);
