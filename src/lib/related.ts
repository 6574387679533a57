/**
 * What to read next: four cards. The editor's `related:` list comes first, in the editor's order
 * (its first four); the rest are chosen by a score over what two stories share. One place always
 * goes to the best such story published after this one, so an older story leads to what followed
 * it: the last scored place, or a fifth card after four editor's picks.
 *
 *   score = 3 × shared models + 1 × shared vendors + 2 × shared tags
 *         + 6 × text similarity (cosine of TF-IDF vectors, 0…1)
 *         + 1 × recency (0.5 ^ (days apart / 90))
 *         + 1 if the candidate is published in the page's language
 *
 * A candidate must share a model, a tag or words; recency and language only order such candidates.
 * Ties fall to the newer story, then to the slug, so the choice never depends on input order.
 *
 * Cost: candidates come from inverted indexes (terms, tags, models) whose lists are cut to the
 * newest `POSTINGS` entries, and each story keeps only its `TERMS` heaviest terms, so the work per
 * story is bounded and the whole build grows linearly with the number of stories.
 */
import { LANGS, type Lang } from '../schemas/localized.ts';
import { termCounts, type Term } from './text-terms.ts';

export interface RelatedInput {
  slug: string;
  date: Date;
  langs: Lang[];
  tags: string[];
  /** Model ids of the story's comparison. */
  models: string[];
  vendors: string[];
  /** The story's titles and summaries, every language together: what a reader compares. */
  text: string;
  /** The editor's list, already checked to name existing stories. */
  related: string[];
}

export interface RelatedPick {
  slug: string;
  /** `editor` for the story's own list, `auto` for the scored rest. */
  by: 'editor' | 'auto';
}

export const CARDS = 4;
const TERMS = 12;
const POSTINGS = 24;
const WEIGHT = { model: 3, vendor: 1, tag: 2, text: 6, recency: 1, language: 1 } as const;
const DAY = 86_400_000;

interface Doc {
  input: RelatedInput;
  index: number;
  time: number;
  /** Vendors as small integers, and languages as bits: compared per candidate, so kept cheap. */
  vendors: number[];
  langs: number;
  /** The story's heaviest terms, weights normalised to unit length. */
  vector: Map<Term, number>;
}

/** Stories listing one term, tag or model: their indexes and, for terms, their weights. */
interface Postings {
  docs: number[];
  weights: number[];
}

export interface RelatedIndex {
  docs: Doc[];
  bySlug: Map<string, Doc>;
  byTerm: Map<Term, Postings>;
  byTag: Map<string, Postings>;
  byModel: Map<string, Postings>;
  /** Scratch space for one story's scores, reused so ranking allocates nothing per candidate. */
  scores: Float64Array;
  seen: Uint8Array;
  touched: Int32Array;
}

function newestFirst(a: Doc, b: Doc): number {
  return b.time - a.time || (a.input.slug < b.input.slug ? -1 : a.input.slug > b.input.slug ? 1 : 0);
}

function post<K>(map: Map<K, Doc[]>, key: K, doc: Doc) {
  const list = map.get(key);
  if (list) list.push(doc);
  else map.set(key, [doc]);
}

/** Keeps each list's newest entries, the candidates worth considering, with a term's weights. */
function postings<K>(map: Map<K, Doc[]>, key?: (doc: Doc) => number): Map<K, Postings> {
  const out = new Map<K, Postings>();
  for (const [name, list] of map) {
    const kept = list.sort(newestFirst).slice(0, POSTINGS);
    out.set(name, { docs: kept.map((d) => d.index), weights: kept.map((d) => (key ? key(d) : 1)) });
    if (key) out.get(name)!.weights = kept.map((d) => d.vector.get(name as Term)!);
  }
  return out;
}

/** A fixed order of terms for ties: Chinese (numbers) first, then words, each ascending. */
function termBefore(a: Term, b: Term): boolean {
  return typeof a === typeof b ? a < b : typeof a === 'number';
}

export function buildRelatedIndex(inputs: RelatedInput[]): RelatedIndex {
  const counts = inputs.map((input) => termCounts(input.text));
  const df = new Map<Term, number>();
  for (const c of counts) for (const term of c.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = inputs.length;
  const terms = new Map<Term, Doc[]>();
  const tags = new Map<string, Doc[]>();
  const models = new Map<string, Doc[]>();
  const vendorIds = new Map<string, number>();
  const vendorId = (v: string) => vendorIds.get(v) ?? (vendorIds.set(v, vendorIds.size), vendorIds.size - 1);
  const docs = inputs.map((input, index): Doc => {
    // The TERMS heaviest terms by TF-IDF, picked without sorting the whole vocabulary.
    const topTerms: Term[] = [];
    const topWeights: number[] = [];
    for (const [term, tf] of counts[index]!) {
      const w = (1 + Math.log(tf)) * Math.log(1 + n / df.get(term)!);
      if (topTerms.length === TERMS && !(w > topWeights[TERMS - 1]! || (w === topWeights[TERMS - 1] && termBefore(term, topTerms[TERMS - 1]!)))) continue;
      let i = topTerms.length < TERMS ? topTerms.length : TERMS - 1;
      while (i > 0 && (w > topWeights[i - 1]! || (w === topWeights[i - 1] && termBefore(term, topTerms[i - 1]!)))) {
        topTerms[i] = topTerms[i - 1]!;
        topWeights[i] = topWeights[i - 1]!;
        i--;
      }
      topTerms[i] = term;
      topWeights[i] = w;
    }
    let norm = 0;
    for (const w of topWeights) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    const doc: Doc = {
      input,
      index,
      time: input.date.getTime(),
      vendors: input.vendors.map(vendorId),
      langs: input.langs.reduce((mask, lang) => mask | LANG_BIT[lang], 0),
      vector: new Map(topTerms.map((term, i) => [term, topWeights[i]! / norm])),
    };
    for (const term of topTerms) post(terms, term, doc);
    for (const tag of input.tags) post(tags, tag, doc);
    for (const model of input.models) post(models, model, doc);
    return doc;
  });
  return {
    docs,
    bySlug: new Map(docs.map((d) => [d.input.slug, d])),
    byTerm: postings(terms, () => 0),
    byTag: postings(tags),
    byModel: postings(models),
    scores: new Float64Array(n),
    seen: new Uint8Array(n),
    touched: new Int32Array(n),
  };
}

function shared(a: number[], b: number[]): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) if (a[i] === b[j]) count++;
  return count;
}

const LANG_BIT = Object.fromEntries(LANGS.map((lang, i) => [lang, 1 << i])) as Record<Lang, number>;
const RECENCY = Math.LN2 / 90;

/** Best-first list of at most `k` (score, doc) pairs; `k` is at most four, so insertion beats sorting. */
class Best {
  readonly scores: number[] = [];
  readonly docs: Doc[] = [];
  private readonly k: number;
  constructor(k: number) {
    this.k = k;
  }

  private ahead(score: number, doc: Doc, i: number): boolean {
    return score !== this.scores[i] ? score > this.scores[i]! : newestFirst(doc, this.docs[i]!) < 0;
  }

  offer(score: number, doc: Doc) {
    const full = this.scores.length === this.k;
    if (full && !this.ahead(score, doc, this.k - 1)) return;
    let i = full ? this.k - 1 : this.scores.length;
    while (i > 0 && this.ahead(score, doc, i - 1)) {
      this.scores[i] = this.scores[i - 1]!;
      this.docs[i] = this.docs[i - 1]!;
      i--;
    }
    this.scores[i] = score;
    this.docs[i] = doc;
  }
}

/**
 * The related cards of one story for each of `langs`: the editor's list, then the best-scored
 * others. What candidates share is summed once while walking the indexes, then ranked once a
 * language.
 */
export function relatedFor(index: RelatedIndex, slug: string, langs: readonly Lang[]): Record<Lang, RelatedPick[]> {
  const doc = index.bySlug.get(slug);
  if (!doc) throw new Error(`no story "${slug}" in the related index`);
  const listed = [...new Set(doc.input.related)].filter((s) => s !== slug);
  const picks: RelatedPick[] = listed.slice(0, CARDS).map((s) => ({ slug: s, by: 'editor' }));
  const room = CARDS - picks.length;

  const { scores, seen, touched } = index;
  let count = 0;
  const add = (list: Postings | undefined, weight: number) => {
    if (!list) return;
    for (let i = 0; i < list.docs.length; i++) {
      const other = list.docs[i]!;
      if (seen[other] === 0) {
        seen[other] = 1;
        touched[count++] = other;
      }
      scores[other] = scores[other]! + weight * list.weights[i]!;
    }
  };
  for (const [term, weight] of doc.vector) add(index.byTerm.get(term), WEIGHT.text * weight);
  for (const tag of doc.input.tags) add(index.byTag.get(tag), WEIGHT.tag);
  for (const model of doc.input.models) add(index.byModel.get(model), WEIGHT.model);

  // The story itself and the editor's picks are never auto-picked: zero their scores up front.
  const taken = [doc.index, ...listed.flatMap((s) => index.bySlug.get(s)?.index ?? [])];
  const best = langs.map(() => new Best(room));
  // The best related story published after this one, kept apart: an older story always reaches
  // the newer ones on its topic, whatever the editor listed.
  const newer = langs.map(() => new Best(1));
  for (let t = 0; t < count; t++) {
    const other = index.docs[touched[t]!]!;
    const shares = scores[other.index]!;
    scores[other.index] = 0;
    seen[other.index] = 0;
    if (taken.includes(other.index)) continue;
    const days = Math.abs(doc.time - other.time) / DAY;
    const base = shares + WEIGHT.vendor * shared(doc.vendors, other.vendors) + WEIGHT.recency * Math.exp(-days * RECENCY);
    for (let l = 0; l < langs.length; l++) {
      const score = base + (other.langs & LANG_BIT[langs[l]!] ? WEIGHT.language : 0);
      best[l]!.offer(score, other);
      if (other.time > doc.time) newer[l]!.offer(score, other);
    }
  }
  const result = {} as Record<Lang, RelatedPick[]>;
  langs.forEach((lang, l) => {
    const auto = best[l]!.docs;
    const [next] = newer[l]!.docs;
    // The newer story takes the last automatic place, or a place after four editor's picks.
    if (next && !auto.includes(next)) {
      if (auto.length === room && room > 0) auto.pop();
      auto.push(next);
    }
    result[lang] = [...picks, ...auto.map((d) => ({ slug: d.input.slug, by: 'auto' as const }))];
  });
  return result;
}
