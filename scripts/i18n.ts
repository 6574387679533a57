/**
 * `npm run i18n`: lists stories whose translation is missing, outdated (the original's text changed
 * after it was translated: its body, title, summary, FAQ or table caption; not its story facts) or
 * not stamped. `npm run i18n -- --stamp <slug> <lang>` records that the `<lang>` file now matches
 * its original: run it after bringing a translation up to date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkBodySource } from '../src/lib/body-source.ts';
import { contentHash, stamp, stampFreshness } from '../src/lib/freshness.ts';
import { pairingWarnings, sourceBlocks } from '../src/lib/parallel-source.ts';
import { contentDir } from '../src/build/site-env.ts';
import { articleFileSchema } from '../src/schemas/article.ts';
import { listFiles } from '../src/build/content-files.ts';
import { parseYaml } from '../src/lib/yaml-source.ts';
import { LANGS } from '../src/i18n/languages.ts';

const root = path.join(contentDir(), 'articles');
const args = process.argv.slice(2);

async function storyFiles(slug: string) {
  const files: Record<string, { file: string; source: string; translated?: { from: string; hash: string } }> = {};
  for (const lang of LANGS) {
    const file = path.join(root, slug, `${lang}.mdx`);
    const source = await readFile(file, 'utf8').catch(() => undefined);
    if (source === undefined) continue;
    const data = articleFileSchema.partial().safeParse(parseYaml(source, true).data);
    files[lang] = { file, source, ...(data.success && data.data.translated ? { translated: data.data.translated } : {}) };
  }
  return files;
}

if (args[0] === '--stamp') {
  const [, slug, lang] = args;
  const files = slug ? await storyFiles(slug) : {};
  const target = lang ? files[lang] : undefined;
  const from = LANGS.find((l) => l !== lang && files[l] && !files[l]!.translated);
  if (!target || !from) {
    console.error('Usage: npm run i18n -- --stamp <slug> <lang>\nThe story needs the <lang> file and an original in another language.');
    process.exit(2);
  }
  await writeFile(target.file, stamp(target.source, from, contentHash(files[from]!.source)));
  console.log(`${path.relative(process.cwd(), target.file)}: marked as up to date with ${from}.mdx`);
} else {
  const slugs = [...new Set((await listFiles(root, (n) => n.endsWith('.mdx'))).map((f) => path.basename(path.dirname(f))))];
  const lines: string[] = [];
  for (const slug of slugs) {
    const files = await storyFiles(slug);
    const missing = LANGS.filter((l) => !files[l]);
    if (missing.length) lines.push(`missing    ${slug}: no ${missing.map((l) => `${l}.mdx`).join(', ')}`);
    // The side-by-side pages pair the files by structure (src/lib/parallel.ts).
    const trees = Object.fromEntries(LANGS.map((l) => [l, files[l] && checkBodySource(files[l]!.source).tree]));
    const blocks = Object.fromEntries(LANGS.filter((l) => trees[l]).map((l) => [l, sourceBlocks(trees[l]!)]));
    for (const warning of pairingWarnings(blocks)) lines.push(`unpaired   ${slug}: ${warning}`);
    for (const lang of LANGS) {
      const info = files[lang];
      if (!info) continue;
      if (info.translated) {
        const original = files[info.translated.from];
        if (original && stampFreshness(original.source, info.translated.hash) === 'outdated') {
          lines.push(`outdated   ${slug}/${lang}.mdx: ${info.translated.from}.mdx changed since it was translated; update it, then npm run i18n -- --stamp ${slug} ${lang}`);
        }
      } else if (LANGS.filter((l) => files[l]).length > 1 && lang !== LANGS.find((l) => files[l] && !files[l]!.translated)) {
        lines.push(`unstamped  ${slug}/${lang}.mdx: not marked as a translation; once it matches the original, npm run i18n -- --stamp ${slug} ${lang}`);
      }
    }
  }
  // A report, not a check: a story with a missing or outdated translation may still be published.
  if (lines.length) console.log(`${lines.join('\n')}\n\n${slugs.length} stories; ${lines.length} ${lines.length === 1 ? 'needs' : 'need'} attention.`);
  else console.log(`All ${slugs.length} stories have current translations that pair.`);
}
