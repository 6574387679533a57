/**
 * How long `npm run check` takes to read and check a corpus (default 2,000 stories, both
 * languages), without the type-check. The baseline, measured in the same run, is reading and
 * parsing the same files' frontmatter with no checks. Usage: `npm run bench:check [-- 2000]`.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { rm } from 'node:fs/promises';
import { contentDir, projectRoot } from '../src/build/site-env.ts';
import { checkContent } from '../src/lib/content-check.ts';
import { listFiles, readSources } from '../src/build/content-files.ts';
import { parseYaml } from '../src/lib/yaml-source.ts';
import { writeCorpus } from './lib/synthetic.ts';

const stories = Number(process.argv[2] ?? 2000);
const dir = path.join(projectRoot, '.tmp/bench-check');
await rm(dir, { recursive: true, force: true });
await writeCorpus(dir, stories, { registries: contentDir({}) });

let start = performance.now();
const files = await readSources(await listFiles(path.join(dir, 'articles'), (n) => n.endsWith('.mdx')));
for (const { source } of files) parseYaml(source, true);
const baseline = (performance.now() - start) / 1000;

start = performance.now();
const { problems, stories: checked } = await checkContent(dir);
const seconds = (performance.now() - start) / 1000;
if (problems.length) throw new Error(`the synthetic corpus should be valid:\n${problems.slice(0, 5).map((p) => p.field).join('\n')}`);
const row = { stories: checked, files: files.length, seconds: Number(seconds.toFixed(2)), baselineSeconds: Number(baseline.toFixed(2)), ratio: Number((seconds / baseline).toFixed(2)) };
console.table([row]);
console.log(JSON.stringify({ benchmark: 'check', ...row }));
