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
import type { Model } from '../schemas/model.ts';
import { buildRelatedIndex, LANG_BIT, newestFirst, type Doc, type Postings, type RelatedIndex } from './related-index.ts';
import type { Story } from './story.ts';

export { buildRelatedIndex, type RelatedIndex, type RelatedInput } from './related-index.ts';

export interface RelatedPick {
  slug: string;
  /** `editor` for the story's own list, `auto` for the scored rest. */
  by: 'editor' | 'auto';
}

export const CARDS = 4;
const WEIGHT = { model: 3, vendor: 1, tag: 2, text: 6, recency: 1, language: 1 } as const;
const DAY = 86_400_000;
const RECENCY = Math.LN2 / 90;

function shared(a: number[], b: number[]): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) if (a[i] === b[j]) count++;
  return count;
}

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

/** Every story's related cards, a language at a time, from the stories as built. */
export function relatedByStory(stories: Story[], models: ReadonlyMap<string, Pick<Model, 'vendor'>>): Map<string, Record<Lang, RelatedPick[]>> {
  const index = buildRelatedIndex(
    stories.map((story) => {
      const ids = story.comparison?.rows.map((row) => row.model) ?? [];
      return {
        slug: story.slug,
        date: story.date,
        langs: story.langs,
        tags: story.tags,
        models: ids,
        vendors: [...new Set(ids.map((id) => models.get(id)!.vendor))],
        text: Object.values(story.translations).map((t) => `${t!.title} ${t!.summary}`).join(' '),
        related: story.related,
      };
    }),
  );
  return new Map(stories.map((story) => [story.slug, relatedFor(index, story.slug, LANGS)]));
}
