/**
 * Registers `element` under `tag`, unless the tag is taken: a second copy of the library on the
 * page (say, the CDN build beside a bundled one) must not throw, and the first registration wins.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
