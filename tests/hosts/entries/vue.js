export { createApp, h, nextTick, ref } from 'vue';
