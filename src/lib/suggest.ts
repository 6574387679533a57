/**
 * "Did you mean …?" for an id or slug that names nothing: the known name closest to it, when it is
 * close enough to be a typo (a letter or two wrong, missing, extra or swapped for every five).
 */

/** Edits (insert, delete, replace, swap two neighbours) from `a` to `b`. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The known name nearest to `value`, if it is close enough to be what was meant. */
export function nearest(value: string, known: Iterable<string>): string | undefined {
  const wanted = value.toLowerCase();
  let best: { name: string; edits: number } | undefined;
  for (const name of known) {
    const edits = distance(wanted, name.toLowerCase());
    if (!best || edits < best.edits) best = { name, edits };
  }
  return best && best.edits <= Math.max(1, Math.floor(wanted.length / 5)) ? best.name : undefined;
}

/** `: did you mean "gpt-5-4"?`, or nothing. */
export function didYouMean(value: string, known: Iterable<string>): string {
  const name = nearest(value, known);
  return name === undefined ? '' : `; did you mean "${name}"?`;
}
