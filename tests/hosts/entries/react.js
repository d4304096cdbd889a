export { createElement, StrictMode, useEffect, useState } from 'react';
export { createRoot, hydrateRoot } from 'react-dom/client';
export { renderToString } from 'react-dom/server.browser';
export { flushSync } from 'react-dom';
