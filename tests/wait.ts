/**
 * @open-wc/testing's `waitUntil`, with ten seconds instead of one. One second is a clock that a loaded 2-core
 * machine overran in Firefox ("src can be set after upgrade" timed out in a CI run, then passed); the test's own
 * timeout stays the real limit. Where the wait is for a change to one element, `until` (until.ts) needs no clock.
 */
import { waitUntil as waitUntilOnce } from '@open-wc/testing';

export const waitUntil = (predicate: () => unknown, message?: string, options: { interval?: number; timeout?: number } = {}) =>
  waitUntilOnce(predicate, message, { timeout: 10_000, ...options });
