/** Reads a content folder as the build does, for the editors' command-line tools. */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export interface SourceFile {
  /** Path relative to the current folder, as messages show it. */
  file: string;
  source: string;
}

export async function listFiles(dir: string, test: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Reads files one at a time: tens of thousands opened at once run out of file descriptors. */
export async function readSources(files: string[]): Promise<SourceFile[]> {
  return files.map((f) => ({ file: path.relative(process.cwd(), f), source: readFileSync(f, 'utf8') }));
}
