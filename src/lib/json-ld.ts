/**
 * JSON for an inline `<script>` (JSON-LD): `JSON.stringify` alone lets a `</script>` or `<!--` written in content
 * close the block and put markup in the page. Escaping `<`, `>` and `&` as \u003c… keeps the same JSON value (every
 * JSON parser reads the escapes back) with no character the HTML parser acts on; U+2028/U+2029 are escaped so the
 * text stays valid JavaScript too (OWASP XSS prevention, rule 3.1).
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

/** An object or array (JSON.stringify of those is always a string). */
export function serializeJsonForScript(value: Record<string, unknown> | readonly unknown[]): string {
  return JSON.stringify(value).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
