/**
 * Folds text for search: lower case, Vietnamese diacritics removed, đ → d, spaces collapsed.
 * "CHUYỂN ĐỔI SỐ", "chuyển đổi số" and "chuyen doi so" all fold to "chuyen doi so".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
