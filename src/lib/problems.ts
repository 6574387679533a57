/**
 * Content problems: what an editor wrote that the site cannot publish. Every check collects its
 * problems instead of stopping at the first, so an editor sees all of them at once.
 */
import { showValue } from '../schemas/show-value.ts';

export { showValue };

export interface Problem {
  /** The file (or files, joined by " and ") relative to the project root. */
  file: string;
  /** The field, as a dotted path into the frontmatter ("comparison.rows.gpt-4.mmlu"). */
  field: string;
  /** What the file says; `undefined` when the field is missing. */
  value: unknown;
  /** What would have been valid. */
  expected: string;
  /** The line in `file`, where the check that found the problem knows it. */
  line?: number;
}

export function formatProblem(problem: Problem): string {
  // An expectation that ends in a question ("did you mean …?") takes no full stop after it.
  const end = /[.?!]$/.test(problem.expected) ? '' : '.';
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}: field "${problem.field}" is ${showValue(problem.value)}; expected ${problem.expected}${end}`;
}

/** "1 problem", "3 problems": how every list of problems is headed. */
export const problemCount = (n: number) => (n === 1 ? '1 problem' : `${n} problems`);

/** Thrown once per build with every problem found, one a line. */
export class ContentError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(`The content has ${problemCount(problems.length)}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
