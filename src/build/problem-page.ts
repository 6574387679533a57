/**
 * The page `astro dev` serves in place of every page while the content has problems: the list
 * `npm run check` prints, one problem a line, in both languages' words around it. Vite's client
 * reloads it when a content file is saved and the check runs again.
 */
import { problemCount } from '../lib/problems.ts';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function problemPage(lines: string[]): string {
  const count = lines.length;
  const en = `The content has ${problemCount(count)}`;
  const zh = `内容有 ${count} 处问题`;
  const items = lines.map((line) => `<li><code>${escape(line)}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${en} · ${zh}</title>
<script type="module" src="/@vite/client"></script>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.4rem; }
li { margin: 0.5rem 0; }
code { white-space: pre-wrap; overflow-wrap: anywhere; }
@media (prefers-color-scheme: dark) { body { color: #eee; background: #111; } }
</style>
</head>
<body>
<h1>${en} <span lang="zh">· ${zh}</span></h1>
<p>Each line names the file and line, the field, what it holds and what was expected. This page reloads when you save a fix.</p>
<p lang="zh">每行依次是文件与行号、字段、当前的值和应有的写法。保存修改后本页会自动刷新。</p>
<ol>
${items}
</ol>
</body>
</html>
`;
}
