/**
 * `npm run new -- <slug> [--lang zh|en|both]`: creates `content/articles/<slug>/` with a story file
 * for each language, frontmatter filled in and commented, that builds as it is. The first language
 * is the original; the others' files are marked as its translations.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { contentDir } from '../src/build/site-env.ts';
import { LANGS, isLang, type Lang } from '../src/i18n/languages.ts';
import { template } from '../src/i18n/index.ts';

function usage(): never {
  console.error(`Usage: npm run new -- <slug> [--lang ${[...LANGS, 'both'].join('|')}]\nThe slug is the story\'s URL name: lowercase letters, digits and single hyphens, e.g. gpt-6-launch.`);
  process.exit(2);
}

let parsed: { values: { lang?: string }; positionals: string[] };
try {
  // Accepts `--lang en` and `--lang=en`, before or after the slug; anything else is refused.
  parsed = parseArgs({ options: { lang: { type: 'string', default: LANGS[0] } }, allowPositionals: true });
} catch {
  usage();
}
const [slug, ...extra] = parsed.positionals;
const langArg = parsed.values.lang!;
if (!slug || extra.length || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || !(isLang(langArg) || langArg === 'both')) usage();
// `both`: a file in every language the site publishes, the first the original.
const langs: Lang[] = isLang(langArg) ? [langArg] : [...LANGS];
const root = contentDir();
const dir = path.join(root, 'articles', slug);
if (existsSync(dir)) {
  console.error(`${path.relative(process.cwd(), dir)} exists already; choose another slug.`);
  process.exit(2);
}
const tags = Object.keys(parse(await readFile(path.join(root, 'tags.yaml'), 'utf8')) ?? {});
// The editor's own calendar day, not UTC's (which is still yesterday in Beijing until 08:00).
const now = new Date();
const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');

/** The template's text in each language (src/i18n, keys `newStory.*`): the files of `--lang both` have the same sections, so they pair. */
const words = (lang: Lang) => {
  const keys = ['title', 'summary', 'caption', 'q', 'a', 'start', 'section', 'text', 'note'] as const;
  return Object.fromEntries(keys.map((key) => [key, template(lang, `newStory.${key}`)])) as Record<(typeof keys)[number], string>;
};

/** The per-language fields and the body, which a translation writes again in its own language. */
const perLanguage = (lang: Lang) => {
  const w = words(lang);
  return {
    caption: `# The comparison table's caption in this file's language (optional; without it: ${LANGS.map((l) => `"${template(l, 'table.caption')}"`).join(' / ')}).\n# tableCaption: ${w.caption}`,
    faq: `# faq:\n#   - q: ${w.q}\n#     a: ${w.a}`,
    body: `${w.start}\n\n## ${w.section}\n\n${w.text}\n\n{/* ${w.note} */}\n`,
  };
};

const original = (lang: Lang) => {
  const w = words(lang);
  const own = perLanguage(lang);
  return `---
# The headline, in this file's language.
title: ${w.title}
# The lede: one or two sentences under the title, in lists, feeds and search results.
summary: ${w.summary}
# Publication date, YYYY-MM-DD. Written once for the story, in this (the original) file.
date: ${today}
# Tag ids from content/tags.yaml, most important first; at least one before the story is published:
# ${tags.join(', ')}
# tags: [${tags.slice(0, 2).join(', ')}]
# Shown in \`npm run dev\` only until you remove this line.
draft: true
# A model table (optional): metric ids from content/metrics/, rows keyed by model ids from content/models/.
# comparison:
#   metrics: [mmlu, latency]
#   rows:
#     gpt-4: { mmlu: 86.4, latency: 320 }
#     gpt-5-4: { mmlu: "~88.1%", latency: undisclosed }
${own.caption}
# charts:
#   - { type: bar, metric: mmlu }
# related: [gpt-5-4-reception]
# sources:
#   - { title: Source title, url: "https://example.com/", publisher: Publisher }
${own.faq}
---

${own.body}`;
};

const translation = (lang: Lang, from: Lang) => {
  const w = words(lang);
  const own = perLanguage(lang);
  return `---
# A translation of ${from}.mdx: only what is written per language; date, tags and the other story facts come from it.
# Once this file is translated: npm run i18n -- --stamp ${slug} ${lang}
title: ${w.title}
summary: ${w.summary}
${own.caption}
${own.faq}
---

${own.body}`;
};

await mkdir(dir, { recursive: true });
const [first, ...rest] = langs;
const originalText = original(first!);
await writeFile(path.join(dir, `${first}.mdx`), originalText);
console.log(`created ${path.relative(process.cwd(), path.join(dir, `${first}.mdx`))}`);
for (const second of rest) {
  // Not stamped: it is not yet a translation of anything, and `npm run i18n` lists it until it is.
  await writeFile(path.join(dir, `${second}.mdx`), translation(second, first!));
  console.log(`created ${path.relative(process.cwd(), path.join(dir, `${second}.mdx`))} (translation of ${first}.mdx; once translated: npm run i18n -- --stamp ${slug} ${second})`);
}
console.log('It is a draft: `npm run dev` shows it; remove `draft: true` to publish. `npm run check` lists any mistake.');
