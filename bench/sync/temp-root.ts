// The run's temporary folder under os.tmpdir(). Cleanup at the end, on an error and on Ctrl-C
// handles the normal cases, but not a hard kill: tsx turns Ctrl-C into SIGKILL when the process
// does not answer within 30 ms, which happens while sync stores a whole stream in one synchronous
// call. So each run writes its pid into its folder and removes the folders of runs that are gone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const prefix = 'sportello-bench-sync-';
const ownerFile = 'owner.pid';

export function createTempRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.writeFileSync(path.join(root, ownerFile), String(process.pid));
  return root;
}

/** Removes earlier runs' folders whose process no longer exists; returns how many. */
export function removeAbandonedRoots(current: string): number {
  let removed = 0;
  for (const name of fs.readdirSync(os.tmpdir())) {
    const dir = path.join(os.tmpdir(), name);
    if (!name.startsWith(prefix) || dir === current) continue;
    const pid = Number(readOwner(dir));
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) continue;
    fs.rmSync(dir, { recursive: true, force: true });
    removed += 1;
  }
  return removed;
}

function readOwner(dir: string): string {
  try {
    return fs.readFileSync(path.join(dir, ownerFile), 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
