/** An RSS 2.0 feed a language: every story published in it, newest first, with its summary and tags. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site.ts';
import { t } from '../../i18n/index.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { articlePath, homePath } from '../../lib/urls.ts';
import { LANGS, type Lang } from '../../schemas/localized.ts';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async (context) => {
  const lang = context.params.lang as Lang;
  const site = await loadSite();
  return rss({
    title: t(lang, 'feed.title'),
    description: t(lang, 'feed.description'),
    site: new URL(homePath(lang), context.site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${LANGUAGES[lang].rss}</language>`,
      `<atom:link href="${new URL(`/${lang}/rss.xml`, context.site).href}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: site.stories
      .filter((story) => story.translations[lang])
      .map((story) => ({
        title: story.translations[lang]!.title,
        description: story.translations[lang]!.summary,
        link: articlePath(lang, story.slug),
        pubDate: story.date,
        categories: story.tags.map((tag) => site.tags.get(tag)![lang]),
      })),
  });
};
