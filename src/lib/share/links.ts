/**
 * Plain share links: each network's own « share this address » URL, opened by the reader's click. No script, no
 * button widget, nothing loaded from those sites until the reader chooses one.
 */
export interface ShareLink {
  /** Stable name, used for the i18n label (`share.<network>`) and tests. */
  network: 'whatsapp' | 'facebook' | 'bluesky' | 'x' | 'email';
  href: string;
}

const enc = encodeURIComponent;

/**
 * The share links of a page. `url` must be the page's absolute public address (routes.ts `absoluteUrl`); `text` is
 * what the message says before the address (a quote's opening words, a figure's title).
 */
export function shareLinks(url: string, text: string): ShareLink[] {
  if (!/^https?:\/\//.test(url)) throw new Error(`adresse de partage non absolue : ${url}`);
  const message = `${text}\n${url}`;
  return [
    { network: 'whatsapp', href: `https://wa.me/?text=${enc(message)}` },
    { network: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}` },
    { network: 'bluesky', href: `https://bsky.app/intent/compose?text=${enc(message)}` },
    { network: 'x', href: `https://x.com/intent/post?text=${enc(text)}&url=${enc(url)}` },
    { network: 'email', href: `mailto:?subject=${enc(text)}&body=${enc(message)}` },
  ];
}
