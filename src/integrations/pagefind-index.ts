/**
 * One Pagefind search bundle, made by Pagefind's command from pages already written to disk.
 *
 * The command, not Pagefind's Node API: the API's requests wait forever when its process dies
 * (killed for memory, say), while a command that dies has an exit status like any other.
 */
import { execFile } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Pagefind's npm wrapper, which picks the build of its binary for this machine. */
const PAGEFIND_BIN = path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

/** Pagefind's own search interfaces (390 KB a bundle): the site has its own. */
const UNUSED_UI = /^pagefind-(?:ui|modular-ui|component-ui)\.(?:js|css)$/;

export interface BundleReport {
  name: string;
  /** Pages indexed: those the glob names, each with data-pagefind-body. */
  pages: number;
  languages: string[];
  files: number;
  seconds: number;
}

/** A number from Pagefind's summary ("Found 12 files matching …", "Indexed 12 pages"). */
const counted = (said: string, pattern: RegExp) => Number(pattern.exec(said)?.[1] ?? NaN);
const FOUND = /^Found (\d+) files? matching/m;

/**
 * Indexes the pages of `site` (a folder) that `glob` names into `site/pagefind/<name>/`, or
 * writes nothing and gives undefined when the glob names no page (a language without stories).
 * Rejects with Pagefind's own words when it fails, and when the pages lack data-pagefind-body:
 * Pagefind would then index each whole page, menus and footers and all.
 */
export async function indexBundle(site: string, name: string, glob: string, bin = PAGEFIND_BIN): Promise<BundleReport | undefined> {
  if (!/^[\w-]+$/.test(name)) throw new Error(`Pagefind: the search bundle "${name}" is not a folder name (letters, digits, "-", "_")`);
  const outputPath = path.join(site, 'pagefind', name);
  const start = performance.now();
  let said: string;
  try {
    said = (await run(process.execPath, [bin, '--site', site, '--glob', glob, '--output-path', outputPath], { maxBuffer: 64 * 2 ** 20 })).stdout;
  } catch (error) {
    const { stdout = '', stderr = '', code, signal } = error as { stdout?: string; stderr?: string; code?: number | string; signal?: string };
    if (counted(stdout, FOUND) === 0) return undefined;
    const why = signal ? `was stopped (signal ${signal})` : `failed (exit code ${code})`;
    const words = `${stdout}${stderr}`.trim();
    throw new Error(`Pagefind ${why} while indexing the search bundle "${name}" (${glob})${words ? `:\n${words}` : ''}`);
  }
  if (/Did not find a data-pagefind-body element/.test(said)) {
    throw new Error(`Pagefind: no page of the search bundle "${name}" (${glob}) has data-pagefind-body, so each would be indexed whole`);
  }
  for (const file of readdirSync(outputPath)) if (UNUSED_UI.test(file)) rmSync(path.join(outputPath, file));
  const files = readdirSync(outputPath, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
  return {
    name,
    pages: counted(said, /^\s*Indexed (\d+) pages?$/m),
    languages: files.map((f) => /^pagefind\.([\w-]+?)_[0-9a-f]+\.pf_meta$/.exec(f)?.[1]).filter((l): l is string => Boolean(l)),
    files: files.length,
    seconds: (performance.now() - start) / 1000,
  };
}
