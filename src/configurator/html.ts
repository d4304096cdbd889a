/** For the owner tools, which write HTML as text: the static fallback and the snippet. */

/** Text made safe inside HTML, in text and in quoted attributes (for the static fallback and the snippet). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
