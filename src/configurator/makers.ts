/**
 * How an owner reaches the widget's makers: package.json's `bugs` address (the project's issues page), written
 * in by the build (rollup.config.mjs), so the README, the package and the configurator name one place.
 */
declare const __MAKERS__: string;

export const MAKERS_URL = __MAKERS__;

/** The words the configurator's messages use for the makers; they become a link wherever they appear. */
export const MAKERS_WORDS = "the widget's makers";

/**
 * Turns the words "the widget's makers" in an element's text into links to the makers' page, opened in a new
 * tab so the owner's choices stay in this one.
 */
export function linkMakers(root: HTMLElement) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.includes(MAKERS_WORDS) && !node.parentElement?.closest('a, textarea, script')) found.push(node as Text);
  }
  for (const node of found) {
    const words = node.splitText(node.data.indexOf(MAKERS_WORDS));
    words.splitText(MAKERS_WORDS.length);
    words.replaceWith(Object.assign(document.createElement('a'), { href: MAKERS_URL, target: '_blank', rel: 'noopener', textContent: MAKERS_WORDS }));
  }
}
