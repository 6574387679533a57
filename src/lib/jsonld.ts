/**
 * Structured data for search engines, built from frontmatter alone so it always says what the
 * page says. Returned as plain objects; the layout serialises them.
 */
import { CARD_HEIGHT, CARD_WIDTH } from './cards/layout.ts';
import type { Lang } from '../schemas/localized.ts';
import { isoDate, localeOf } from './format.ts';
import type { Story, Translation } from './story.ts';
import type { Report } from './metric-figures.ts';
import { datasetPath, metricDatasetPath } from './urls.ts';

export interface Publisher {
  name: string;
  url: string;
}

export function newsArticleLd(
  story: Story,
  translation: Translation,
  url: string,
  publisher: Publisher,
  keywords: string[],
  /** The story's social card, its image for search engines too. */
  image: string,
): Record<string, unknown> {
  const organization = { '@type': 'Organization', name: publisher.name, url: publisher.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: translation.title,
    description: translation.summary,
    inLanguage: localeOf(translation.lang),
    datePublished: isoDate(story.date),
    dateModified: isoDate(story.updated ?? story.date),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image: { '@type': 'ImageObject', url: image, width: CARD_WIDTH, height: CARD_HEIGHT },
    keywords,
    author: organization,
    publisher: organization,
    ...(story.sources.length > 0 ? { citation: story.sources.map((s) => s.url) } : {}),
  };
}

export function faqPageLd(faq: Translation['faq'], lang: Lang, url: string): Record<string, unknown> | undefined {
  if (faq.length === 0) return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: localeOf(lang),
    url,
    mainEntity: faq.map(({ q, a }) => ({
      '@type': 'Question',
      name: q,
      acceptedAnswer: { '@type': 'Answer', text: a },
    })),
  };
}

/** What a `Dataset` says: its page, its figures and its two downloads. */
interface DatasetFacts {
  name: string;
  description: string;
  lang: Lang;
  /** The page the data is shown on, absolute. */
  url: string;
  published?: Date | undefined;
  modified?: Date | undefined;
  variables: string[];
  basedOn?: string[];
  /** The paths of the CSV and JSON downloads. */
  downloads: Record<'csv' | 'json', string>;
}

function dataset(facts: DatasetFacts, publisher: Publisher): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: facts.name,
    description: facts.description,
    inLanguage: localeOf(facts.lang),
    url: facts.url,
    ...(facts.published ? { datePublished: isoDate(facts.published) } : {}),
    ...(facts.modified ? { dateModified: isoDate(facts.modified) } : {}),
    creator: { '@type': 'Organization', name: publisher.name, url: publisher.url },
    variableMeasured: facts.variables,
    ...(facts.basedOn?.length ? { isBasedOn: facts.basedOn } : {}),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: new URL(facts.downloads.csv, facts.url).href },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: new URL(facts.downloads.json, facts.url).href },
    ],
  };
}

/** Dataset data for a story's comparison, pointing at its CSV and JSON downloads. */
export function datasetLd(
  story: Story,
  translation: Translation,
  url: string,
  publisher: Publisher,
  variables: string[],
): Record<string, unknown> {
  return dataset(
    {
      name: translation.tableCaption ?? translation.title,
      description: translation.summary,
      lang: translation.lang,
      url,
      published: story.date,
      modified: story.updated ?? story.date,
      variables,
      basedOn: story.sources.map((s) => s.url),
      downloads: { csv: datasetPath(translation.lang, story.slug, 'csv'), json: datasetPath(translation.lang, story.slug, 'json') },
    },
    publisher,
  );
}

/** When a set of reports was first published (its oldest story) and last changed (its newest change to one). */
export function reportSpan(reports: readonly Report[]): { published: Date | undefined; modified: Date | undefined } {
  let published: Date | undefined;
  let modified: Date | undefined;
  for (const { story } of reports) {
    if (!published || story.date < published) published = story.date;
    const changed = story.updated ?? story.date;
    if (!modified || changed > modified) modified = changed;
  }
  return { published, modified };
}

/**
 * Dataset data for a metric's history, pointing at its CSV and JSON downloads, dated by the
 * `reportSpan` of the metric's reports.
 */
export function metricDatasetLd(
  metricId: string,
  text: { name: string; description: string; variable: string },
  lang: Lang,
  url: string,
  publisher: Publisher,
  span: { published: Date | undefined; modified: Date | undefined },
): Record<string, unknown> {
  return dataset(
    {
      name: text.name,
      description: text.description,
      lang,
      url,
      ...span,
      variables: [text.variable],
      downloads: { csv: metricDatasetPath(lang, metricId, 'csv'), json: metricDatasetPath(lang, metricId, 'json') },
    },
    publisher,
  );
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so no text in a story can
 * close the script element early.
 */
export function serializeLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
