import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The commit checked out in `cwd`'s git repository and whether tracked files differ from it. */
export interface GitState {
  commit: string;
  dirty: boolean;
}

/**
 * Asks the local git (never the network) for HEAD and for uncommitted changes to tracked files.
 * Undefined outside a repository, in one without commits, or without git installed.
 */
export async function gitState(cwd: string): Promise<GitState | undefined> {
  // No optional locks, no fsmonitor hook: reading the state must not write or run anything.
  const git = (args: string[]) =>
    run('git', ['-c', 'core.fsmonitor=false', ...args], { cwd, encoding: 'utf8', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' }, maxBuffer: 64 * 1024 * 1024 })
      .then(({ stdout }) => stdout)
      .catch(() => undefined);
  const commit = (await git(['rev-parse', '--verify', '--quiet', 'HEAD']))?.trim();
  if (!commit || !/^[0-9a-f]{40,64}$/.test(commit)) return undefined;
  const status = await git(['status', '--porcelain', '--untracked-files=no']);
  return { commit, dirty: status === undefined ? true : status.trim() !== '' };
}
