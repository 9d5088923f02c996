/* Runs in <head> before the first paint: applies the reader's theme and text size to <html>
   so the page never flashes the wrong theme or shifts when the size is applied.
   Kept tiny and synchronous; the rest lives in masthead.js. */
(function () {
  var root = document.documentElement;
  var theme = null;
  var step = 0;
  root.classList.add("js");
  try {
    theme = localStorage.getItem("masthead:theme");
    step = parseInt(localStorage.getItem("masthead:font-step"), 10) || 0;
  } catch (e) {
    /* storage disabled: follow the system */
  }
  if (theme === "dark" || theme === "light") {
    root.setAttribute("data-theme-chosen", "");
  } else {
    theme = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  root.setAttribute("data-theme", theme);
  step = Math.max(-2, Math.min(4, step));
  if (step) root.setAttribute("data-font-step", String(step));
})();
