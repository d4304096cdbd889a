// Records, frame by frame, the caption of each <ketamine-compare> on the page (what a visitor could see), and the
// layout shifts where the browser reports them (Chromium).
window.captionFrames = [];
window.shifts = [];
(function sample() {
  // A caption that is drawn but not shown (display: none) is not something a visitor sees.
  const captions = [...document.querySelectorAll('ketamine-compare')].map((el) => {
    const caption = el.shadowRoot?.querySelector('caption');
    return caption && caption.getClientRects().length ? caption.textContent : null;
  });
  if (captions.length) window.captionFrames.push(captions);
  requestAnimationFrame(sample);
})();
if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
  new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((entry) => entry.value))).observe({ type: 'layout-shift', buffered: true });
}
