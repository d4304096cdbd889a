export { flushSync, mount, unmount } from 'svelte';
export { default as Host } from '../Host.svelte';
