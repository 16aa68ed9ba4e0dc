/** The text cut around the first occurrence of the quote, so the quote can be highlighted; null when absent. */
export function splitAtQuote(text: string, quote: string): { before: string; match: string; after: string } | null {
  const index = text.indexOf(quote);
  if (index === -1) return null;
  return { before: text.slice(0, index), match: quote, after: text.slice(index + quote.length) };
}
