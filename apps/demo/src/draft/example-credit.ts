import { type Example, publishers, titleOf } from "./examples.js";

const longDate = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

const link = (href: string, textContent: string): HTMLAnchorElement => Object.assign(document.createElement("a"), { href, textContent });

/** Credits an example where it is used: its title linked to the original, publisher, date, authors and licence. */
export function renderCredit(container: HTMLElement, example: Example | undefined): void {
  if (!example) {
    container.replaceChildren();
    return;
  }
  const { name, by, licence, licenceUrl } = publishers[example.publisher];
  const date = longDate.format(new Date(`${example.published}T00:00:00Z`));
  container.replaceChildren(
    link(example.url, `“${titleOf(example)}”`),
    `, ${name}, ${date}${by ? `, by ${by}` : ""}. Licence: `,
    licenceUrl ? link(licenceUrl, licence) : licence,
    ".",
  );
}
