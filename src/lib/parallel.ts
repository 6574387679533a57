/**
 * Side-by-side reading: a story's two language versions paired block by block, by structure alone.
 * Sections pair by heading order, then blocks in order within a section. A section whose blocks do
 * not match one to one (5 paragraphs against 4, a list against a paragraph) is shown whole, as two
 * columns, and reported to editors; the sections around it still pair.
 *
 * Pure: the page pairs rendered blocks (src/lib/parallel-html.ts), `npm run check` and
 * `npm run i18n` pair the Markdown trees, and both go through `pairBlocks`.
 */

import { chartSpecOf } from './charts.ts';

/** What a top-level block of a story body is, as far as pairing cares. */
export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list'
  | 'table'
  | 'code'
  | 'quote'
  | 'rule'
  | 'takeaway'
  | 'model-table'
  | 'chart'
  | 'other';

export interface Block<T> {
  kind: BlockKind;
  /** A heading's level. */
  depth?: number;
  /** A heading's text, for messages. */
  text?: string;
  /** What else must match for two blocks to pair: a chart's spec. */
  detail?: string;
  /** What the caller renders: HTML, a syntax node, a chart's props. */
  content: T;
}

/** A placed chart as pairing compares it: two files pair a chart only with the same chart. */
export function chartDetail(props: Record<string, unknown>): string {
  return JSON.stringify(chartSpecOf(props) ?? props);
}

export interface Section<T> {
  /** `undefined` for the opening, before the first heading. */
  heading?: Block<T>;
  blocks: Block<T>[];
}

export type ParallelRow<T> =
  /** Two blocks that translate each other: side by side, or a table or chart shown once. */
  | { type: 'pair'; kind: BlockKind; lead: Block<T>; other: Block<T> }
  /** Sections that do not pair: each language's blocks as a whole column. */
  | { type: 'columns'; lead: Block<T>[]; other: Block<T>[] };

/** A run of sections that do not pair, for editors. */
export interface Unpaired {
  /** The sections' headings in each language (`undefined` for the opening). */
  lead: (string | undefined)[];
  other: (string | undefined)[];
  /** Blocks in each language, headings included. */
  leadBlocks: number;
  otherBlocks: number;
  /** The kinds of the blocks in each language, in order, for telling apart runs of as many blocks. */
  leadKinds: string[];
  otherKinds: string[];
}

export function sectionsOf<T>(blocks: Block<T>[]): Section<T>[] {
  const sections: Section<T>[] = [{ blocks: [] }];
  for (const block of blocks) {
    if (block.kind === 'heading') sections.push({ heading: block, blocks: [] });
    else sections[sections.length - 1]!.blocks.push(block);
  }
  // An empty opening (the body starts with a heading) is no section.
  return sections[0]!.blocks.length ? sections : sections.slice(1);
}

/** What two sections must share to pair: heading level, and the kind of every block in order (a chart's spec too). */
function shape<T>(section: Section<T>): string {
  return `${section.heading?.depth ?? 0}|${section.blocks.map((b) => (b.detail ? `${b.kind}(${b.detail})` : b.kind)).join(',')}`;
}

/** Pairs of section indexes with the same shape, in order, as many as possible (longest common subsequence). */
function alignSections<T>(lead: Section<T>[], other: Section<T>[]): [number, number][] {
  const a = lead.map(shape);
  const b = other.map(shape);
  const length: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      length[i]![j] = a[i] === b[j] ? length[i + 1]![j + 1]! + 1 : Math.max(length[i + 1]![j]!, length[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (length[i + 1]![j]! >= length[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

function blocksOf<T>(sections: Section<T>[]): Block<T>[] {
  return sections.flatMap((s) => (s.heading ? [s.heading, ...s.blocks] : s.blocks));
}

/**
 * The rows of the side-by-side page, in reading order, and the runs of sections that do not pair.
 */
export function pairBlocks<T>(leadBlocks: Block<T>[], otherBlocks: Block<T>[]): { rows: ParallelRow<T>[]; unpaired: Unpaired[] } {
  const lead = sectionsOf(leadBlocks);
  const other = sectionsOf(otherBlocks);
  const rows: ParallelRow<T>[] = [];
  const unpaired: Unpaired[] = [];
  let i = 0;
  let j = 0;
  const flushUntil = (nextI: number, nextJ: number) => {
    if (nextI === i && nextJ === j) return;
    const leadRun = lead.slice(i, nextI);
    const otherRun = other.slice(j, nextJ);
    rows.push({ type: 'columns', lead: blocksOf(leadRun), other: blocksOf(otherRun) });
    unpaired.push({
      lead: leadRun.map((s) => s.heading?.text),
      other: otherRun.map((s) => s.heading?.text),
      leadBlocks: blocksOf(leadRun).length,
      otherBlocks: blocksOf(otherRun).length,
      leadKinds: blocksOf(leadRun).map((b) => b.kind),
      otherKinds: blocksOf(otherRun).map((b) => b.kind),
    });
    i = nextI;
    j = nextJ;
  };
  for (const [li, oj] of alignSections(lead, other)) {
    flushUntil(li, oj);
    const a = lead[li]!;
    const b = other[oj]!;
    if (a.heading && b.heading) rows.push({ type: 'pair', kind: 'heading', lead: a.heading, other: b.heading });
    a.blocks.forEach((block, k) => rows.push({ type: 'pair', kind: block.kind, lead: block, other: b.blocks[k]! }));
    i = li + 1;
    j = oj + 1;
  }
  flushUntil(lead.length, other.length);
  return { rows, unpaired };
}

/** Questions and answers pair by position when both languages have as many; otherwise not at all. */
export function pairFaq<T>(lead: T[], other: T[]): [T, T][] | undefined {
  if (lead.length !== other.length) return undefined;
  return lead.map((item, k) => [item, other[k]!]);
}

/** One line for editors about a run of sections that does not pair. */
export function describeUnpaired(run: Unpaired, leadLang: string, otherLang: string): string {
  const name = (headings: (string | undefined)[]) =>
    headings.length ? headings.map((h) => (h === undefined ? 'the opening (before the first heading)' : `"${h}"`)).join(', ') : 'no section';
  // As many blocks on each side: the difference is in their kinds (a list against a paragraph).
  const kinds = (list: string[]) => (run.leadBlocks === run.otherBlocks ? `: ${list.join(', ')}` : '');
  const count = (n: number) => `${n} ${n === 1 ? 'block' : 'blocks'}`;
  return `${name(run.lead)} in ${leadLang} (${count(run.leadBlocks)}${kinds(run.leadKinds)}) against ${name(run.other)} in ${otherLang} (${count(run.otherBlocks)}${kinds(run.otherKinds)})`;
}
