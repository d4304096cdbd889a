export { h, render } from 'preact';
