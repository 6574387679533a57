/**
 * YAML syntax errors in an editor's words, at the line the mistake is on.
 *
 * The YAML library names the grammar ("Nested mappings are not allowed in compact mappings") and
 * the place where it gave up, which for an unclosed `{`, `[` or quote is a line or more past the
 * mistake. Here each error code gets a sentence saying what to write, and an unclosed bracket or
 * quote is traced back to the line that opens it.
 */
import type { YAMLError } from 'yaml';

export interface PlainYamlError {
  /** 1-based, in the YAML text. */
  line: number;
  /** What the line holds, trimmed. */
  found: string;
  /** What to write instead. */
  expected: string;
}

/** Counts of the brackets and quotes a line opens and does not close. */
function unclosed(line: string): { brace: number; bracket: number; quote: boolean } {
  let brace = 0;
  let bracket = 0;
  let quote: string | undefined;
  for (const char of line.replace(/\s#.*$/, '')) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '{') brace++;
    else if (char === '}') brace--;
    else if (char === '[') bracket++;
    else if (char === ']') bracket--;
  }
  return { brace, bracket, quote: quote !== undefined };
}

/** The nearest line at or above `from` (0-based) that leaves open what `open` tests for, if any. */
function opener(lines: string[], from: number, open: (line: string) => boolean): number | undefined {
  for (let i = Math.min(from, lines.length - 1); i >= 0; i--) if (open(lines[i]!)) return i;
  return undefined;
}

const KEY = /^\s*(?:-\s+)?([^\s:#][^:#]*?)\s*:/;

export function plainYamlError(text: string, error: YAMLError): PlainYamlError {
  const lines = text.split('\n');
  let at = (error.linePos?.[0]?.line ?? 1) - 1;
  let expected: string;
  const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (error.code) {
    case 'MISSING_CHAR':
    case 'BAD_INDENT':
    case 'BLOCK_IN_FLOW':
      if (/quote/i.test(message)) {
        at = opener(lines, at, (line) => unclosed(line).quote) ?? at;
        expected = 'a closing quote on the line the quote opens (a value that holds a quote mark goes in the other kind: \'say "hi"\')';
      } else if (/Flow map|Flow sequence|flow collection/i.test(message)) {
        const map = /map/i.test(message) || error.code === 'BLOCK_IN_FLOW';
        const open = opener(lines, at, (line) => (map ? unclosed(line).brace > 0 : unclosed(line).bracket > 0));
        at = open ?? at;
        // No line leaves the bracket open: it is closed, and what is wrong lies between.
        expected = error.code === 'BLOCK_IN_FLOW' || open === undefined
          ? 'the items inside { } or [ ] separated by commas, each written name: value (a comma missing?)'
          : `a ${map ? '{ … } closed with }' : '[ … ] closed with ]'} on the line it opens`;
      } else {
        expected = 'the same indentation, in spaces, as the fields beside it';
      }
      break;
    case 'TAB_AS_INDENT':
      expected = 'indentation in spaces: this line starts with a tab';
      break;
    case 'DUPLICATE_KEY': {
      const key = KEY.exec(lines[at] ?? '')?.[1];
      expected = `each field once${key ? `: "${key}" is set twice` : ''}`;
      break;
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      expected = 'one field a line, written name: value (with a space after the colon); a value holding ": " goes in quotes: title: "GPT-5: the launch"';
      break;
    default:
      expected = `valid YAML (${message})`;
  }
  return { line: at + 1, found: (lines[at] ?? '').trim(), expected };
}
