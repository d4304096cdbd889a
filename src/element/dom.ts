/**
 * A few lines in place of a template library: `h('p', { class: 'x' }, 'text', child)` builds an element.
 * Strings become text nodes (never HTML), so dataset text cannot inject markup, and nothing here touches a
 * Trusted Types sink. Functions become event listeners (`{ click: handler }`); null, undefined and false
 * leave an attribute out; true sets it empty.
 */
export type Child = Node | string | number | false | null | undefined | Child[];

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes?: Record<string, unknown> | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (typeof value === 'function') element.addEventListener(name, value as EventListener);
    else if (value != null && value !== false) element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: Child[]) {
  for (const child of children) {
    if (Array.isArray(child)) append(parent, child);
    else if (child != null && child !== false) parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}
