// Records, frame by frame, the caption of each <ketamine-compare> on the page (what a visitor could see), every
// caption drawn in its shadow root even if hidden (what one broken style rule would show), and the layout shifts
// where the browser reports them (Chromium).
window.captionFrames = [];
window.drawnCaptions = new Set();
window.shifts = [];
(function sample() {
  // A caption that is drawn but not shown (display: none) is not something a visitor sees.
  const captions = [...document.querySelectorAll('ketamine-compare')].map((el) => {
    const caption = el.shadowRoot?.querySelector('caption');
    return caption && caption.getClientRects().length ? caption.textContent : null;
  });
  if (captions.length) window.captionFrames.push(captions);
  for (const caption of document.querySelectorAll('ketamine-compare')) {
    for (const drawn of caption.shadowRoot?.querySelectorAll('caption') ?? []) window.drawnCaptions.add(drawn.textContent);
  }
  requestAnimationFrame(sample);
})();
if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
  new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((entry) => entry.value))).observe({ type: 'layout-shift', buffered: true });
}
