/**
 * Contributed text cannot make the CSV download attack its reader: a model name, vendor or note
 * that begins like a spreadsheet formula reaches the CSV as text, and the JSON as written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeDir } from '../helpers/build.ts';

let dir = '';

async function edit(file: string, change: (source: string) => string) {
  const before = await readFile(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the test must change ${file}`);
  await writeFile(file, after);
}

beforeAll(async () => {
  dir = await copyFixture('hostile-text');
  const content = path.join(dir, 'content');
  await edit(path.join(content, 'models/model-a.yaml'), (s) => s.replace('name: Model A', `name: '=HYPERLINK("http://x","y")'`));
  await edit(path.join(content, 'models/model-b.yaml'), (s) => s.replace('vendor: Globex', `vendor: '@SUM(1)'`));
  await edit(path.join(content, 'articles/bilingual-story/zh.mdx'), (s) => s.replace('"~1.76T (MoE)"', '"~1.76T (+MoE)"'));
  const { code, output } = await buildSite(content, path.join(dir, 'dist'));
  if (code !== 0) throw new Error(output);
}, 180_000);
afterAll(() => removeDir(dir));

const download = (file: string) => readFile(path.join(dir, 'dist/en/articles/bilingual-story', file), 'utf8');

describe('a download of text that begins like a formula', () => {
  it('has it as text in the CSV and verbatim in the JSON, figures still numbers', async () => {
    const rows = (await download('data.csv')).split('\r\n');
    const source = 'https://example.com/source';
    expect(rows[1]).toBe(`model-a,"'=HYPERLINK(""http://x"",""y"")",Acme,score,Score,%,86.4,86.4%,false,false,false,,${source}`);
    expect(rows[3]).toBe(`model-a,"'=HYPERLINK(""http://x"",""y"")",Acme,size,Parameters,,1760000000000,~1.76T,true,false,false,"'+MoE",${source}`);
    expect(rows[4]).toBe(`model-b,Model B,"'@SUM(1)",score,Score,%,12,~12.0%,true,false,false,,${source}`);

    const records = JSON.parse(await download('data.json')).records as Record<string, unknown>[];
    expect(records[2]).toMatchObject({ model: '=HYPERLINK("http://x","y")', value: 1.76e12, note: '+MoE' });
    expect(records[3]).toMatchObject({ vendor: '@SUM(1)', value: 12 });
  });
});
