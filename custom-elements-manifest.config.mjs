// `npm run docs`: the class JSDoc (src/element/ketamine-compare.ts) becomes custom-elements.json, and from it the
// API tables in docs/api.md (scripts/api-docs.mjs). package.json names the root custom-elements.json itself
// ("customElements"); `packagejson: false` stops the analyzer from rewriting that field to wherever it wrote its
// output (scripts/api-docs.mjs analyzes into a scratch folder, which is not published).

/** View state is declared in `static properties` with `state: true`; the analyzer would list it as attributes. */
const dropPrivateState = {
  name: 'drop-private-state',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName ?? a.name));
        if (declaration.members) declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');
      }
    }
  },
};

export default {
  globs: ['src/element/ketamine-compare.ts'],
  litelement: true,
  packagejson: false,
  plugins: [dropPrivateState],
};
