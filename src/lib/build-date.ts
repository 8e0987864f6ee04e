import { execFileSync } from 'node:child_process';

/**
 * The date the site's content is "as of": SOURCE_DATE_EPOCH if set, else the last commit's date.
 * Never the wall clock, so that two builds of one commit are byte-identical.
 */
function resolveBuildDate(): string {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || '2026-01-01';
  } catch {
    return '2026-01-01';
  }
}

export const BUILD_DATE = resolveBuildDate();
