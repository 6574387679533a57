/**
 * Reading time for text that mixes Chinese and English. Chinese is read by the character,
 * English by the word, so the two are counted apart and each at its own pace.
 */

/** Han ideographs, kana and hangul: each one is a unit of reading. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** A run of Latin letters or digits, with inner apostrophes, dots or hyphens ("GPT-5.4", "don't"). */
const WORD = /[\p{Script=Latin}\p{Nd}]+(?:['’.\-][\p{Script=Latin}\p{Nd}]+)*/gu;

/** Characters a minute for Chinese, words a minute for English: common figures for adult readers. */
export const CJK_PER_MINUTE = 400;
export const WORDS_PER_MINUTE = 230;

export interface TextCount {
  cjk: number;
  words: number;
}

export function countText(text: string): TextCount {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return { cjk, words };
}

/** Whole minutes, at least one. */
export function readingMinutes({ cjk, words }: TextCount): number {
  return Math.max(1, Math.round(cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE));
}
