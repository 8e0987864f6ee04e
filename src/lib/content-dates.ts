import { execFileSync } from 'node:child_process';
import { BUILD_DATE } from './build-date.ts';

/**
 * When each file of content/ was added and last changed, from git history (one `git log` for the whole folder).
 * A file that git does not know yet (being written) takes the build date, so the feed still lists it.
 */
export interface ContentDates {
  added: string;
  changed: string;
}

/** Parses `git log --format=%x00%cs --name-only` output: newest commit first. */
export function parseGitLog(log: string): Map<string, ContentDates> {
  const dates = new Map<string, ContentDates>();
  for (const block of log.split('\0').slice(1)) {
    const [day, ...files] = block.split('\n').filter((line) => line.trim() !== '');
    if (!day) continue;
    for (const file of files) {
      const known = dates.get(file);
      // Newest first: the first date seen is the last change, the last seen is the addition.
      if (known) known.added = day;
      else dates.set(file, { added: day, changed: day });
    }
  }
  return dates;
}

let cache: Map<string, ContentDates> | undefined;

/** Dates of a content file, by its path from the project root (content/temoignages/x.mdx). */
export function contentDates(path: string): ContentDates {
  if (!cache) {
    try {
      cache = parseGitLog(
        execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', 'content/'], {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
          stdio: ['ignore', 'pipe', 'ignore'],
        }),
      );
    } catch {
      cache = new Map();
    }
  }
  return cache.get(path) ?? { added: BUILD_DATE, changed: BUILD_DATE };
}
