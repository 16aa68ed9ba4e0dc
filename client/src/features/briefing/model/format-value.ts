/** A number in the language's convention (1.234,5 in Vietnamese; 1,234.5 in English). */
export function formatNumber(value: number, lang: 'vi' | 'en'): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}

/** A value with its unit of measure: "40%", "10 dịch vụ". */
export function formatValue(value: number, unitOfMeasure: string, lang: 'vi' | 'en'): string {
  const number = formatNumber(value, lang);
  return unitOfMeasure === '%' ? `${number}%` : `${number} ${unitOfMeasure}`;
}
