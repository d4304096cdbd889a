// Takes constructable stylesheets away before the widget's script runs, as in Safari 16.0-16.3: no
// adoptedStyleSheets, no replace/replaceSync, and `new CSSStyleSheet()` throws. Lit then writes <style> elements.
for (const proto of [Document.prototype, ShadowRoot.prototype]) delete proto.adoptedStyleSheets;
delete CSSStyleSheet.prototype.replace;
delete CSSStyleSheet.prototype.replaceSync;
window.CSSStyleSheet = new Proxy(CSSStyleSheet, {
  construct() {
    throw new TypeError('Illegal constructor');
  },
});
window.noConstructable = !('adoptedStyleSheets' in Document.prototype);
