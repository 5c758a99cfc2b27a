// Builds an earlier release of the extension from git, for update tests: the commit's tree into a folder of its
// own, this checkout's node_modules beside it, and `wxt build -b chrome` there.
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdir, rm, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Builds `commit`'s Chrome extension under `dir` and returns the build folder. */
export async function buildChromeRelease(commit: string, dir: string): Promise<string> {
  const known = spawnSync('git', ['cat-file', '-e', `${commit}^{commit}`]);
  if (known.status !== 0) {
    throw new Error(`commit ${commit} is not in this clone (a shallow clone? run git fetch --unshallow)`);
  }
  const source = join(dir, `source-${commit}`);
  await mkdir(source, { recursive: true });
  execFileSync('sh', ['-c', 'git archive "$1" | tar -x -C "$2"', 'sh', commit, source]);
  // The same packages as today's build: the update test is about the extension's code and data, not npm.
  await symlink(resolve('node_modules'), join(source, 'node_modules'));
  const build = spawnSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: source, encoding: 'utf8', timeout: 120_000 });
  if (build.status !== 0) throw new Error(`wxt build of ${commit} failed:\n${build.stdout}\n${build.stderr}`);
  return join(source, '.output/chrome-mv3');
}

/**
 * Puts a build into `target`, replacing what was there. An unpacked extension's id derives from its folder's
 * path, so builds copied into the same folder in turn are one extension to Chrome: the second is its update.
 */
export async function installBuildAt(build: string, target: string): Promise<void> {
  await rm(target, { recursive: true, force: true });
  await cp(build, target, { recursive: true });
}
