/** Problems of one page: missing CSP meta, inline executable script, inline event handler, javascript: URL. */
export function scriptProblems(path: string, html: string, csp: string): string[] {
  const problems: string[] = [];
  const escaped = csp.replace(/'/g, '&#39;');
  if (!html.includes(`content="${csp}"`) && !html.includes(`content="${escaped}"`)) problems.push(`${path} : CSP absente`);
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    const body = (m[2] ?? '').trim();
    if (body && !/type="application\/ld\+json"/.test(attrs)) problems.push(`${path} : script inline`);
  }
  if (/\son[a-z]+="/i.test(html)) problems.push(`${path} : gestionnaire d'événement inline`);
  if (/href="javascript:/i.test(html)) problems.push(`${path} : lien javascript:`);
  return problems;
}
