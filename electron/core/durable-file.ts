import fs from 'node:fs';

/**
 * Replaces a file so that a crash at any moment leaves either the old content or the new, never
 * half of it: write a temp file, fsync it, rename it over the target.
 */
export function writeFileDurably(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
}
