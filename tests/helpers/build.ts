/** Runs a real `astro build` of the site on a content folder, into an output folder. */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../../src/lib/site-env.ts';

export const TMP = path.join(projectRoot, '.tmp');
export const FIXTURE_CONTENT = path.join(projectRoot, 'tests/fixtures/site/content');
/** Where global setup builds the fixture site and the real site, once per test run. */
export const FIXTURE_DIST = path.join(TMP, 'fixture-dist');
export const SITE_DIST = path.join(TMP, 'site-dist');

export interface BuildResult {
  code: number;
  /** stdout and stderr together, ANSI colours removed. */
  output: string;
}

export function buildSite(contentDir: string, outDir: string): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: projectRoot,
      env: { ...process.env, FB_CONTENT_DIR: contentDir, FB_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}

/** A copy of the fixture content in a fresh temporary folder, for a test to break. */
export async function copyFixture(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(TMP, `${name}-`));
  await cp(FIXTURE_CONTENT, path.join(dir, 'content'), { recursive: true });
  return dir;
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
