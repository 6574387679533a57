/**
 * A space where generated Chinese text meets Latin letters or digits ("的 MMLU", "为 200,000"),
 * as Chinese typesetting asks. The page's `text-autospace` does this in some browsers only, and
 * not at all in a chart's canvas, a feed or a link preview, so generated strings carry the space
 * themselves. Only the joints between a template and what is filled in are looked at: the
 * filled-in text (a date, "2.1万亿", a title) is kept as it is written.
 */
const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z0-9]/;

/** The space, if any, between text ending in `before` and text starting with `after`. */
export function joint(before: string, after: string): string {
  const a = before.at(-1) ?? '';
  const b = after[0] ?? '';
  return (HAN.test(a) && LATIN.test(b)) || (LATIN.test(a) && HAN.test(b)) ? ' ' : '';
}

/** A Chinese template literal with a space at each joint where Chinese meets Latin or digits. */
export function zh(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0]!;
  values.forEach((value, i) => {
    const text = String(value);
    const next = strings[i + 1]!;
    out += joint(out, text) + text;
    out += joint(out, next) + next;
  });
  return out;
}
