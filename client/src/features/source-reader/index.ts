export { SourceReader, type SourceReaderProps } from './components/source-reader.js';
export { splitAtQuote } from './model/split-at-quote.js';
