/**
 * `npm run new -- <slug> [--lang zh|en|both]`: creates `content/articles/<slug>/` with a story file
 * for each language, frontmatter filled in and commented, that builds as it is. The first language
 * is the original; a second file is marked as its translation.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { contentHash, stamp } from '../src/lib/freshness.ts';
import { contentDir } from '../src/lib/site-env.ts';

function usage(): never {
  console.error('Usage: npm run new -- <slug> [--lang zh|en|both]\nThe slug is the story\'s URL name: lowercase letters, digits and single hyphens, e.g. gpt-6-launch.');
  process.exit(2);
}

let parsed: { values: { lang?: string }; positionals: string[] };
try {
  // Accepts `--lang en` and `--lang=en`, before or after the slug; anything else is refused.
  parsed = parseArgs({ options: { lang: { type: 'string', default: 'zh' } }, allowPositionals: true });
} catch {
  usage();
}
const [slug, ...extra] = parsed.positionals;
const langArg = parsed.values.lang!;
if (!slug || extra.length || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || !['zh', 'en', 'both'].includes(langArg)) usage();
const langs = langArg === 'both' ? ['zh', 'en'] : [langArg];
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

const original = (lang: string) => `---
# The headline, in this file's language.
title: ${lang === 'zh' ? '新文章标题' : 'New story headline'}
# The lede: one or two sentences under the title, in lists, feeds and search results.
summary: ${lang === 'zh' ? '用一两句话概括这篇文章。' : 'One or two sentences that say what the story is about.'}
# Publication date, YYYY-MM-DD. Written once for the story, in this (the original) file.
date: ${today}
# Tag ids from content/tags.yaml: ${tags.join(', ')}
tags: [${tags[0] ?? 'ai-agents'}]
# Shown in \`npm run dev\` only until you remove this line.
draft: true
# A model table (optional): metric ids from content/metrics/, rows keyed by model ids from content/models/.
# comparison:
#   metrics: [mmlu, latency]
#   rows:
#     gpt-4: { mmlu: 86.4, latency: 320 }
#     gpt-5-4: { mmlu: "~88.1%", latency: undisclosed }
# charts:
#   - { type: bar, metric: mmlu }
# related: [gpt-5-4-reception]
# sources:
#   - { title: Source title, url: "https://example.com/", publisher: Publisher }
# faq:
#   - q: ${lang === 'zh' ? '读者会问什么？' : 'What would a reader ask?'}
#     a: ${lang === 'zh' ? '一两句回答。' : 'A short answer.'}
---

${lang === 'zh' ? '正文从这里开始。' : 'The story starts here.'}

## ${lang === 'zh' ? '第一节' : 'First section'}

${lang === 'zh' ? '用 `<ModelTable />` 放置数据表，用 `<Takeaway>…</Takeaway>` 写数据要点。' : 'Place the data table with `<ModelTable />` and a Data Takeaway with `<Takeaway>…</Takeaway>`.'}
`;

const translation = (lang: string) => `---
# The translation holds only what is written per language; date, tags and the rest come from the original.
title: ${lang === 'zh' ? '新文章标题' : 'New story headline'}
summary: ${lang === 'zh' ? '用一两句话概括这篇文章。' : 'One or two sentences that say what the story is about.'}
---

${lang === 'zh' ? '译文从这里开始。' : 'The translation starts here.'}
`;

await mkdir(dir, { recursive: true });
const [first, second] = langs;
const originalText = original(first!);
await writeFile(path.join(dir, `${first}.mdx`), originalText);
console.log(`created ${path.relative(process.cwd(), path.join(dir, `${first}.mdx`))}`);
if (second) {
  await writeFile(path.join(dir, `${second}.mdx`), stamp(translation(second), first!, contentHash(originalText)));
  console.log(`created ${path.relative(process.cwd(), path.join(dir, `${second}.mdx`))} (translation of ${first})`);
}
console.log('It is a draft: `npm run dev` shows it; remove `draft: true` to publish. `npm run check` lists any mistake.');
