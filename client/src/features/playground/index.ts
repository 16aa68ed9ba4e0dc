export { Playground } from './components/playground.js';
export { EXAMPLE_QUERIES } from './model/example-queries.js';
