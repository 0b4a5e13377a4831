// Walk files and folders: sorted, supported extensions only, symlink loops skipped.
import { readdir, stat, realpath } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { FileProblem } from './model.js';
import { SUPPORTED_EXTENSIONS } from './read-document.js';

export async function listDocumentFiles(paths: string[]): Promise<{ files: string[]; problems: FileProblem[] }> {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const supported = (p: string) => (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(p).toLowerCase());

  async function visit(p: string, explicit: boolean): Promise<void> {
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push({ file: p, reason: code === 'ENOENT' ? 'file not found' : code === 'ELOOP' ? 'symlink loop' : `cannot access (${code})` });
      return;
    }
    if (st.isDirectory()) {
      let real: string;
      try {
        real = await realpath(p);
      } catch {
        real = p;
      }
      if (seenDirs.has(real)) return; // symlink loop or duplicate
      seenDirs.add(real);
      let entries: string[];
      try {
        entries = (await readdir(p)).sort();
      } catch (e) {
        problems.push({ file: p, reason: `cannot read directory (${(e as NodeJS.ErrnoException).code})` });
        return;
      }
      for (const name of entries) {
        if (name.startsWith('.')) continue;
        await visit(join(p, name), false);
      }
      return;
    }
    if (!st.isFile()) return;
    if (!supported(p)) {
      if (explicit) problems.push({ file: p, reason: `unsupported extension "${extname(p) || '(none)'}"` });
      return;
    }
    let real = p;
    try {
      real = await realpath(p);
    } catch {
      /* keep p */
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(p);
  }
  for (const p of paths) await visit(p, true);
  files.sort();
  return { files, problems };
}
