/**
 * What a story's page shows besides its body, worked out from the story and the site: its
 * languages, structured data, breadcrumbs, tag names, the sections its contents list ends with, the search
 * filters (models and vendors of its comparison), the stories before and after it, and the
 * related cards. The layout (src/layouts/ArticleLayout.astro) only places them.
 */
import { t, type UiKey } from '../i18n/index.ts';
import type { Localized, Lang } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Model } from '../schemas/model.ts';
import { pageLanguages, type PageLanguages } from './alternates.ts';
import { datasetLd, faqPageLd, newsArticleLd } from './jsonld.ts';
import { prevNext } from './navigation.ts';
import type { RelatedPick } from './related.ts';
import type { Story, Translation } from './story.ts';
import { absoluteUrl, articlePath, cardPath, homePath, tagPath } from './urls.ts';

/** What of the site a story's page reads (src/data/site.ts has it all). */
export interface ArticleSite {
  stories: Story[];
  bySlug: ReadonlyMap<string, Story>;
  models: ReadonlyMap<string, Model>;
  metrics: ReadonlyMap<string, Metric>;
  tags: ReadonlyMap<string, Localized>;
  related: ReadonlyMap<string, Record<Lang, RelatedPick[]>>;
}

export interface Crumb {
  name: string;
  path: string;
}

export interface ArticleView {
  translation: Translation;
  /** The story's page in each language it is published in. */
  languages: PageLanguages;
  /** The story's tags by name, in its order. */
  tagLabels: string[];
  /** NewsArticle, FAQPage when the story has questions, Dataset when it has a comparison. */
  jsonLd: Record<string, unknown>[];
  crumbs: Crumb[];
  /** Sections after the body the contents list links to: sources, FAQ. */
  tocExtra: { slug: string; text: string }[];
  /** Names of the comparison's models and their vendors, once each: search filters. */
  modelNames: string[];
  vendors: string[];
  older?: Story;
  newer?: Story;
  related: Story[];
}

export function articleView(story: Story, lang: Lang, site: ArticleSite, origin: URL): ArticleView {
  const text = (key: UiKey) => t(lang, key);
  const translation = story.translations[lang]!;
  const url = absoluteUrl(origin, articlePath(lang, story.slug));
  const tagLabels = story.tags.map((tag) => site.tags.get(tag)![lang]);
  const publisher = { name: text('site.name'), url: absoluteUrl(origin, homePath(lang)) };
  const jsonLd = [
    newsArticleLd(story, translation, url, publisher, tagLabels, absoluteUrl(origin, cardPath(lang, story.slug))),
    faqPageLd(translation.faq, lang, url),
    story.comparison && datasetLd(story, translation, url, publisher, story.comparison.metrics.map((id) => site.metrics.get(id)!.label[lang])),
  ].filter((ld): ld is Record<string, unknown> => Boolean(ld));
  const modelIds = story.comparison?.rows.map((row) => row.model) ?? [];
  const crumbs = [
    { name: text('nav.home'), path: homePath(lang) },
    // A draft may have no tags yet.
    ...(story.tags.length ? [{ name: tagLabels[0]!, path: tagPath(lang, story.tags[0]!) }] : []),
    { name: translation.title, path: articlePath(lang, story.slug) },
  ];
  const tocExtra = [
    ...(story.sources.length ? [{ slug: 'sources', text: text('article.sources') }] : []),
    ...(translation.faq.length ? [{ slug: 'faq', text: text('article.faq') }] : []),
  ];
  return {
    translation,
    languages: pageLanguages(lang, (l) => (story.translations[l] ? articlePath(l, story.slug) : undefined)),
    tagLabels,
    jsonLd,
    crumbs,
    tocExtra,
    modelNames: modelIds.map((id) => site.models.get(id)!.name),
    vendors: [...new Set(modelIds.map((id) => site.models.get(id)!.vendor))],
    ...prevNext(site.stories, story.slug, lang),
    related: site.related.get(story.slug)![lang].map((pick) => site.bySlug.get(pick.slug)!),
  };
}
