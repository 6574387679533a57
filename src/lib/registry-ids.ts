/**
 * Ids of models, metrics and tags follow the rule of story slugs (`ID_PATTERN`). They become page
 * addresses (`/en/models/gpt-5-4/`), so `..`, `c#`, `what?` or `pct%41` would make broken links.
 */
import { ID_PATTERN } from '../schemas/id.ts';
import type { Problem } from './problems.ts';

const RULE = 'lowercase letters, digits and single hyphens';

/**
 * The problem with the name of a file in `models/` or `metrics/`, whose name is the id stories use.
 * Astro's loader skips a name it cannot read (`c#.yaml`, `what?.yaml`) or does not look for
 * (`gpt.yml`) with no more than a log line, so the folder's own listing is checked.
 */
export function registryFileProblem(file: string, name: string): Problem | undefined {
  const expected = `a file named <id>.yaml, the id being ${RULE} (such as gpt-5-4.yaml): it is the id stories use and part of page addresses`;
  if (name.endsWith('.yaml')) {
    return ID_PATTERN.test(name.slice(0, -'.yaml'.length)) ? undefined : { file, line: 1, field: '(file name)', value: name, expected };
  }
  // Other files (a README, an editor's backup) are not registry entries, but a YAML file is meant as one.
  return /\.ya?ml$/i.test(name) ? { file, line: 1, field: '(file name)', value: name, expected } : undefined;
}

/** The problem with a tag's id, a key of `tags.yaml`. */
export function tagIdProblem(file: string, id: string): Problem | undefined {
  if (ID_PATTERN.test(id)) return undefined;
  return { file, field: id, value: id, expected: `a tag id of ${RULE}, such as industry-strategy: it is part of page addresses` };
}
