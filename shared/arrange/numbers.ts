// Numbers as the explanations say them: 一, 十二 in Chinese; 1st, 2nd in English.
const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 35 → 三十五 (positions on a row never reach 1000). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 100) return `${n >= 20 ? DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? DIGITS[n % 10] : ''}`;
  return String(n);
}

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
