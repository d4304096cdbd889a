/**
 * Waiting on what a test needs, not on a clock: `until` checks its condition now and again after every change
 * to the element (its attributes, its children, anything in its shadow root), which is where whatever the test
 * waits for (a language file, the sources, an update) shows. A busy machine only makes it slower; the test's own
 * timeout is the one limit. (`waitUntil` from @open-wc/testing gives up after one second, which a loaded 2-core
 * machine overran in Firefox.)
 */
export function until(el: Element, condition: () => unknown): Promise<void> {
  if (condition()) return Promise.resolve();
  return new Promise((resolve) => {
    const everything = { attributes: true, childList: true, characterData: true, subtree: true };
    let shadow: ShadowRoot | null = null;
    const watchShadow = () => {
      if (el.shadowRoot && el.shadowRoot !== shadow) observer.observe((shadow = el.shadowRoot), everything);
    };
    const observer = new MutationObserver(() => {
      watchShadow(); // a shadow root attached after the wait began (an element upgraded late)
      if (!condition()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(el, everything);
    watchShadow();
  });
}
