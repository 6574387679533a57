/**
 * Structured data for search engines, built from frontmatter alone so it always says what the
 * page says. Returned as plain objects; the layout serialises them.
 */
import type { Lang } from '../schemas/localized.ts';
import { isoDate, localeOf } from './format.ts';
import type { Story, Translation } from './stories.ts';
import { datasetPath } from './urls.ts';

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

/** Dataset data for a story's comparison, pointing at its CSV and JSON downloads. */
export function datasetLd(
  story: Story,
  translation: Translation,
  url: string,
  publisher: Publisher,
  variables: string[],
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: translation.tableCaption ?? translation.title,
    description: translation.summary,
    inLanguage: localeOf(translation.lang),
    url,
    datePublished: isoDate(story.date),
    dateModified: isoDate(story.updated ?? story.date),
    creator: { '@type': 'Organization', name: publisher.name, url: publisher.url },
    variableMeasured: variables,
    ...(story.sources.length > 0 ? { isBasedOn: story.sources.map((s) => s.url) } : {}),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: new URL(datasetPath(translation.lang, story.slug, 'csv'), url).href },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: new URL(datasetPath(translation.lang, story.slug, 'json'), url).href },
    ],
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so no text in a story can
 * close the script element early.
 */
export function serializeLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
