/**
 * From language files to stories: pairs each story's translations, merges the facts written once
 * for the story, and checks every reference against the registries. Each file comes checked on
 * its own (`read-content.ts`). Pure, so it is unit-tested
 * without a build.
 */
import type { ArticleFile } from '../schemas/article.ts';
import type { ChartSpec } from '../schemas/chart.ts';
import { LANGS, type Lang } from '../schemas/localized.ts';
import { chartProblem } from './charts.ts';
import type { PlacedChart } from './body-check.ts';
import { stampFreshness, type Freshness } from './freshness.ts';
import { ContentError, type Problem } from './problems.ts';
import { sortNewestFirst, type Comparison, type Registries, type Story, type Translation } from './story.ts';
import { checkComparison } from './comparison-check.ts';
import { checkFacts, mergeFacts } from './story-facts.ts';
import { didYouMean } from './suggest.ts';

// The types live in story.ts; the builder's callers may keep reading them here.
export { sortNewestFirst, type Comparison, type ComparisonRow, type Registries, type Story, type Translation } from './story.ts';

export interface ArticleFileInput {
  /** Path relative to the project root, for messages. */
  file: string;
  /** Entry id, `<slug>/<lang>`. */
  id: string;
  data: ArticleFile;
  /**
   * The raw file, when at hand: a translation's freshness is read from its original's text. Its
   * frontmatter's own checks (format, real days, schema) are the reader's (`read-content.ts`).
   */
  source?: string;
  /**
   * `<Chart>`s the body places, when its body was parsed (`npm run check`); the build checks
   * them as it renders them instead.
   */
  placedCharts?: PlacedChart[];
  /** Lines where the body places `<ModelTable />`, likewise. */
  placedTables?: number[];
}

const FILE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z-]+)$/;

/** Each story's files, by slug, in site language order; a misnamed file is a problem, not a story. */
function groupBySlug(inputs: ArticleFileInput[], problems: Problem[]): Map<string, ArticleFileInput[]> {
  const bySlug = new Map<string, ArticleFileInput[]>();
  for (const input of inputs) {
    const match = FILE_NAME.exec(input.id);
    const lang = match?.[2];
    if (!match || !LANGS.includes(lang as Lang)) {
      problems.push({
        file: input.file,
        field: '(file name)',
        value: input.id,
        expected: `content/articles/<slug>/<lang>.mdx with a lowercase, hyphenated slug and a language of ${LANGS.join(', ')}`,
      });
      continue;
    }
    const slug = match[1]!;
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), input]);
  }
  for (const files of bySlug.values()) files.sort((a, b) => LANGS.indexOf(langOf(a)) - LANGS.indexOf(langOf(b)));
  return bySlug;
}

/** Charts in the frontmatter and in bodies, and placed tables, against the story's comparison. */
function checkCharts(charts: ChartSpec[], chartsFile: string, files: ArticleFileInput[], comparison: Comparison | undefined, registries: Registries, problems: Problem[]): void {
  charts.forEach((spec, index) => {
    const problem = chartProblem(spec, comparison, registries.metrics);
    if (problem) problems.push({ file: chartsFile, field: `charts[${index}]`, value: spec, expected: problem });
  });
  for (const { file, placedTables = [] } of files) {
    for (const line of comparison ? [] : placedTables) {
      problems.push({ file, line, field: '<ModelTable />', value: '<ModelTable />', expected: 'a story with a "comparison" in its frontmatter: the table is drawn from it' });
    }
  }
  for (const { file, placedCharts = [] } of files) {
    for (const { line, props, spec } of placedCharts) {
      const problem = chartProblem(spec, comparison, registries.metrics);
      if (problem) problems.push({ file, line, field: '<Chart>', value: props, expected: problem });
    }
  }
}

/** Each file as a translation of the story: its own fields, and whether it is the original or how fresh. */
function translationsOf(files: ArticleFileInput[], problems: Problem[]): Partial<Record<Lang, Translation>> {
  const translations: Partial<Record<Lang, Translation>> = {};
  const originals = files.filter((f) => !f.data.translated);
  for (const input of files) {
    const lang = langOf(input);
    const { title, summary, faq, tableCaption, translated } = input.data;
    let freshness: Freshness = 'original';
    if (translated) {
      const original = files.find((f) => langOf(f) === translated.from);
      if (!original || original.data.translated) {
        problems.push({ file: input.file, field: 'translated.from', value: translated.from, expected: `the language of the story's original file (${originals.map(langOf).join(', ') || 'none'})` });
      } else if (original.source !== undefined) {
        freshness = stampFreshness(original.source, translated.hash);
      } else {
        freshness = 'current';
      }
    } else if (originals.length > 1 && input !== originals[0]) {
      // Two files and neither says it is a translation: the later language is taken for one, unstamped.
      freshness = 'unstamped';
    }
    translations[lang] = {
      lang,
      id: input.id,
      file: input.file,
      title,
      summary,
      faq,
      ...(tableCaption ? { tableCaption } : {}),
      freshness,
      ...(translated ? { from: translated.from } : {}),
    };
  }
  return translations;
}

/** Related lists: known, other, distinct stories, and in what is published no drafts. */
function checkRelated(stories: Story[], published: Story[], relatedFile: ReadonlyMap<string, string>, problems: Problem[]): void {
  const slugs = new Set(stories.map((s) => s.slug));
  for (const story of stories) {
    const file = relatedFile.get(story.slug)!;
    story.related.forEach((slug, index) => {
      if (story.related.indexOf(slug) < index) {
        problems.push({ file, field: `related[${index}]`, value: slug, expected: 'each story once' });
      } else if (slug === story.slug) {
        problems.push({ file, field: `related[${index}]`, value: slug, expected: 'the slug of another story: a story cannot relate to itself' });
      } else if (!slugs.has(slug)) {
        problems.push({ file, field: `related[${index}]`, value: slug, expected: `the slug of a story in content/articles/${didYouMean(slug, slugs)}` });
      }
    });
  }

  if (published.length < stories.length) {
    const draftSlugs = new Set(stories.filter((s) => s.draft).map((s) => s.slug));
    for (const story of published) {
      story.related.forEach((slug, index) => {
        if (draftSlugs.has(slug)) {
          problems.push({ file: relatedFile.get(story.slug)!, field: `related[${index}]`, value: slug, expected: 'a published story: this one is a draft (publish it, or remove it from related)' });
        }
      });
    }
  }

}

export interface BuildOptions {
  /** Keep draft stories (`npm run dev`); a production build leaves them out. */
  drafts?: boolean;
}

/**
 * Builds every story from its language files. Throws one `ContentError` listing every problem
 * found, so nothing an editor wrote is dropped or half-published.
 */
export function buildStories(
  inputs: ArticleFileInput[],
  registries: Registries,
  earlier: Problem[] = [],
  { drafts = true }: BuildOptions = {},
): Story[] {
  const problems: Problem[] = [...earlier];
  const bySlug = groupBySlug(inputs, problems);

  const stories: Story[] = [];
  /** Which file states each story's `related` list, for messages about it. */
  const relatedFile = new Map<string, string>();
  for (const [slug, files] of bySlug) {
    const facts = mergeFacts(files, problems);
    const factFile = checkFacts(facts, files, registries, problems);
    relatedFile.set(slug, factFile('related'));
    const comparison = facts.comparison ? checkComparison(facts.comparison, factFile('comparison'), registries, problems) : undefined;
    checkCharts(facts.charts ?? [], factFile('charts'), files, comparison, registries, problems);
    const translations = translationsOf(files, problems);
    stories.push({
      slug,
      date: facts.date ?? new Date(0),
      ...(facts.updated ? { updated: facts.updated } : {}),
      tags: facts.tags ?? [],
      ...(comparison ? { comparison } : {}),
      charts: facts.charts ?? [],
      related: facts.related ?? [],
      sources: facts.sources ?? [],
      draft: facts.draft ?? false,
      langs: LANGS.filter((lang) => translations[lang]),
      translations,
    });
  }

  const published = drafts ? stories : stories.filter((s) => !s.draft);
  checkRelated(stories, published, relatedFile, problems);

  if (problems.length > 0) throw new ContentError(problems);
  return sortNewestFirst(published);
}

function langOf(input: ArticleFileInput): Lang {
  return input.id.split('/')[1] as Lang;
}
