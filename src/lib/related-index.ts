/**
 * The index behind related reading (`related.ts`): each story's heaviest terms as a unit vector,
 * and inverted lists of the stories holding each term, tag and model, cut to the newest
 * `POSTINGS` entries so the work per story stays bounded.
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

const TERMS = 12;
const POSTINGS = 24;

export interface Doc {
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
export interface Postings {
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

export function newestFirst(a: Doc, b: Doc): number {
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

export const LANG_BIT = Object.fromEntries(LANGS.map((lang, i) => [lang, 1 << i])) as Record<Lang, number>;

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

