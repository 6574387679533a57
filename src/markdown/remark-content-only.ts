/**
 * The body check (src/lib/body-check.ts) as a remark plugin, first in the MDX pipeline
 * (astro.config.mjs): nothing compiles unchecked, in a build or in `astro dev`.
 */
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { bodyProblems, type BodyProblem } from '../lib/body-check.ts';
import { ALLOWED_SUMMARY } from '../lib/body-rules.ts';
import { checkBodySource, formatBodyProblem, parseErrorProblem } from '../lib/body-source.ts';
import { problemCount } from '../lib/problems.ts';
import { PLACES_TABLE } from '../lib/story-context.ts';

/** Error of a body the build refuses: one line a problem, no stack (it is the editor's, not the code's). */
export class BodyError extends Error {
  /** Where the first problem is, for the build's error location. */
  readonly line: number;
  readonly column: number;

  constructor(file: string, problems: BodyProblem[]) {
    super(`The story body ${file} has ${problemCount(problems.length)}; a body holds ${ALLOWED_SUMMARY}:\n${problems.map((p) => `  - ${formatBodyProblem(file, p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.line = problems[0]?.line ?? 1;
    this.column = problems[0]?.column ?? 1;
  }
}

function relative(file: VFile): string {
  const full = file.path ?? '(story body)';
  return full.startsWith(`${process.cwd()}/`) ? full.slice(process.cwd().length + 1) : full;
}

/**
 * The check as a remark plugin for the MDX pipeline. It also wraps the parser, so a syntax slip
 * (a literal `<` or `{` in prose) is reported with advice instead of the parser's bare message.
 */
export function remarkContentOnly(this: Processor) {
  const parse = this.parser;
  if (parse) {
    this.parser = (document, file) => {
      try {
        return parse(document, file);
      } catch (error) {
        // List the rest of the body's problems too, as `npm run check` does.
        const { problems } = checkBodySource(String(document));
        throw new BodyError(relative(file), problems.length ? problems : [parseErrorProblem(error)]);
      }
    };
  }
  return (tree: Root, file: VFile) => {
    const { problems, tables } = bodyProblems(tree);
    if (problems.length) throw new BodyError(relative(file), problems);
    // Read from the tree the page compiles anyway, so no body is parsed twice (story-context.ts).
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter[PLACES_TABLE] = tables.length > 0;
  };
}
