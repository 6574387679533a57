/**
 * `npm run check`: checks all content in one pass and lists every problem, each with the file, the
 * line where it can tell, the field, the value and what was expected; then type-checks the project.
 * Exits non-zero on any problem. `--content-only` skips the type-check, which also waits while
 * the content has problems.
 *
 * The check itself (src/lib/content-check.ts) is the one the build runs before Astro reads the
 * content, so both print the same list.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { contentDir, projectRoot } from '../src/build/site-env.ts';
import { checkContent, formatLocated } from '../src/lib/content-check.ts';
import { problemCount } from '../src/lib/problems.ts';

const root = contentDir();
const start = performance.now();
const { problems, warnings, stories, drafts } = await checkContent(root);
const seconds = ((performance.now() - start) / 1000).toFixed(2);
for (const problem of problems) console.log(formatLocated(problem));
// Warnings do not fail the check: the page still works, with those sections as two columns.
for (const warning of warnings) console.log(`warning: ${warning}`);
if (problems.length) {
  console.log(`\n${problemCount(problems.length)} in ${path.relative(process.cwd(), root) || '.'} (checked in ${seconds} s).`);
  process.exitCode = 1;
} else {
  const published = `${stories} published ${stories === 1 ? 'story' : 'stories'}`;
  console.log(`Content is valid: ${published}${drafts ? `, ${drafts} ${drafts === 1 ? 'draft' : 'drafts'}` : ''} (checked in ${seconds} s).`);
}
if (problems.length && !process.argv.includes('--content-only')) {
  // astro check reads the same files and would end with its own "0 errors" under the list above.
  console.log('The type-check (astro check) runs once the content has no problems.');
} else if (!process.argv.includes('--content-only')) {
  const typecheck = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'check'], { stdio: 'inherit', cwd: projectRoot });
  if (typecheck.status !== 0) process.exitCode = 1;
}
