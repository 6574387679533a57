/**
 * Where a table header may break a line. Left to itself a browser breaks Chinese between any two
 * characters, so a narrow column shows 上下文窗/口. Header cells set `word-break: keep-all`, which
 * stops that, and get a line-break opportunity (`<wbr>`) back only between words, as the
 * platform's word segmenter finds them: 上下文<wbr>窗口. Text without Han characters is left as it
 * is; its spaces already are the places to break.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;
const HAN = /\p{Script=Han}/u;

/**
 * A break goes where two words meet and one of them is Chinese. Beside punctuation and spaces the
 * browser's own rules decide (they never start a line with a closing bracket); between Latin
 * pieces (`Pass@1`) it does not break at all.
 */
function breaksBetween(before: string, after: string): boolean {
  return WORD_END.test(before) && WORD_START.test(after) && (HAN_END.test(before) || HAN_START.test(after));
}

const ONE_HAN = /^\p{Script=Han}$/u;

/**
 * `text` cut where a line may break between words: join the pieces with `<wbr>`. The segmenter
 * splits off single characters a reader keeps with their neighbours, so those never stand alone:
 * a run of them is one word (词|元 → 词元, 开|源 → 开源), and a lone one joins the word before it
 * (参数|量 → 参数量), or the word after it where nothing precedes it to join (每|百万 → 每百万).
 */
export function wordPieces(text: string): string[] {
  if (!HAN.test(text)) return [text];
  const words = Array.from(segmenter.segment(text), (s) => s.segment);
  const one = (i: number) => ONE_HAN.test(words[i] ?? '');
  const lone = (i: number) => one(i) && !one(i - 1) && !one(i + 1);
  const breakable = (i: number) => i > 0 && breaksBetween(words[i - 1]!, words[i]!);
  const breaksBefore = (i: number) =>
    breakable(i) && !(one(i - 1) && one(i)) && !lone(i) && !(lone(i - 1) && !breakable(i - 1));
  const pieces: string[] = [];
  words.forEach((word, i) => {
    if (i > 0 && !breaksBefore(i)) pieces[pieces.length - 1] += word;
    else pieces.push(word);
  });
  return pieces;
}
