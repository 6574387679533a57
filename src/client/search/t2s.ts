/**
 * A query typed in traditional characters, in simplified ones: the Chinese index holds simplified
 * text, and readers in Hong Kong, Taiwan and abroad type 繁體 (溫吞反應 finds what 温吞反应 finds).
 * Character by character, from OpenCC's table (t2s-table.ts); a query in simplified characters
 * comes out as it went in. Loaded with the search code, for searches of the Chinese index only.
 */
import { SIMPLIFIED, TRADITIONAL } from './t2s-table.ts';

let table: Map<string, string> | undefined;

export function toSimplified(text: string): string {
  if (!table) {
    const to = [...SIMPLIFIED];
    table = new Map([...TRADITIONAL].map((from, i) => [from, to[i]!]));
  }
  let out = '';
  for (const char of text) out += table.get(char) ?? char;
  return out;
}
