/** Runs a real `astro build` of the site on a content folder, into an output folder. */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { contentDir as defaultContentDir, projectRoot } from '../../src/build/site-env.ts';

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

/**
 * Astro keeps per-build state in the project's `.astro/` folder (the map from content entries to
 * modules among it), so two builds at once in one project corrupt each other. Test files run in
 * parallel workers; this lock (proper-lockfile: a folder its holder keeps fresh, taken over once
 * stale when a holder died) lets one build or dev server run at a time, the others waiting their turn.
 */
async function withBuildLock<T>(run: () => Promise<T>): Promise<T> {
  await mkdir(TMP, { recursive: true });
  const release = await lockfile.lock(TMP, {
    lockfilePath: path.join(TMP, 'build.lock'),
    retries: { forever: true, minTimeout: 100, maxTimeout: 1000, factor: 1.5 },
    stale: 30_000,
  });
  try {
    return await run();
  } finally {
    await release();
  }
}

/**
 * The environment of a build as an editor runs it. Vitest sets NODE_ENV, MODE, TEST, VITEST_* and
 * Vite's DEV, PROD, SSR, SITE and BASE_URL,
 * which Vite reads: left in, they make the build a development one (drafts and all).
 *
 * Test builds are previews (FB_PREVIEW=1) at the placeholder origin, which the tests expect: an
 * FB_SITE_URL in the shell would change every canonical URL, and under CI=true (as `.ci/run` runs
 * the tests) a build with neither fails. A test that needs a build that is no preview sets
 * FB_PREVIEW to '' in its own process.
 */
function buildEnv(content: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', FB_CONTENT_DIR: content };
  delete env.FB_SITE_URL;
  env.FB_PREVIEW ??= '1';
  // The site's own content is built as `npm run build` builds it: with no FB_CONTENT_DIR at all.
  if (path.resolve(content) === defaultContentDir({})) delete env.FB_CONTENT_DIR;
  for (const key of Object.keys(env)) if (/^(VITEST.*|MODE|TEST|DEV|PROD|SSR|SITE|BASE_URL|ASSETS_PREFIX)$/.test(key)) delete env[key];
  return env;
}

export function buildSite(contentDir: string, outDir: string): Promise<BuildResult> {
  return withBuildLock(() => runBuild(projectRoot, contentDir, outDir));
}

/**
 * Builds a copy of the project (its `src/`, config and `node_modules` link) kept at `root`: a
 * test that changes the code, not only the content. One build at a time all the same, for the
 * machine's sake.
 */
export function buildProject(root: string, contentDir: string, outDir: string): Promise<BuildResult> {
  return withBuildLock(() => runBuild(root, contentDir, outDir));
}

function runBuild(root: string, contentDir: string, outDir: string): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: { ...buildEnv(contentDir), FB_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs `astro dev` on a content folder while `use` runs, holding the build lock (the dev server
 * writes to `.astro/` too), and stops it afterwards. `use` gets the server's address and a
 * function returning what the server has printed so far.
 */
/** `outDir`: the build output the server takes the last search index from (default: dist/). */
export function withDevServer<T>(contentDir: string, use: (origin: string, output: () => string) => Promise<T>, { outDir }: { outDir?: string } = {}): Promise<T> {
  return withBuildLock(async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: projectRoot,
      env: { ...buildEnv(contentDir), ...(outDir && { FB_OUT_DIR: outDir }), NODE_ENV: 'development', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const url = `http://127.0.0.1:${port}`;
    // Ready once it prints its address (it listens by then); failed if it exits first.
    const ready = new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk;
        if (output.includes(url)) resolve();
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('close', () => reject(new Error(`astro dev exited:\n${output}`)));
    });
    const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
    try {
      await ready;
      return await use(url, () => output);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
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

/** Runs one of the editors' scripts (`scripts/check.ts`, `scripts/i18n.ts`, …) on a content folder, as `npm run …` would. */
export function runScript(script: string, content: string, ...args: string[]): { code: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', script), ...args], {
    cwd: projectRoot,
    env: { ...process.env, FB_CONTENT_DIR: content },
    encoding: 'utf8',
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}
