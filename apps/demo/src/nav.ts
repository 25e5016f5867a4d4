import "./site.css";

const pages = [
  ["article", "./index.html", "Article"],
  ["playground", "./playground.html", "Playground"],
  ["draft", "./draft.html", "Draft"],
  ["studio", "./studio.html", "Studio"],
  ["showcase", "./showcase.html", "Showcase"],
  ["embed", "./embed.html", "Embed"],
] as const;

/** Fills the page's `<header class="site-header" data-page="…">` with the site navigation. */
export function renderNav(): void {
  const header = document.querySelector<HTMLElement>(".site-header");
  if (!header) return;
  const current = header.dataset.page;
  const brand = Object.assign(document.createElement("a"), { className: "brand", href: "./index.html", textContent: "diplo-brief" });
  const nav = document.createElement("nav");
  nav.setAttribute("aria-label", "Demo pages");
  const list = document.createElement("ul");
  for (const [id, href, label] of pages) {
    const link = Object.assign(document.createElement("a"), { href, textContent: label });
    if (id === current) link.setAttribute("aria-current", "page");
    const item = document.createElement("li");
    item.append(link);
    list.append(item);
  }
  nav.append(list);
  header.replaceChildren(brand, nav);
}

renderNav();
