// The blog's own code, after the widget's script, under the same Trusted Types list (csp-no-lit.html): it creates
// its own policy and writes HTML through it, as a site's theme or comments script would.
const policy = window.trustedTypes ? trustedTypes.createPolicy('blog', { createHTML: (html) => html }) : { createHTML: (html) => html };
document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('blog').innerHTML = policy.createHTML('<b>The blog’s own script ran.</b>');
});
