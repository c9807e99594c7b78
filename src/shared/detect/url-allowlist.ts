/** URL allow-list matching: exact hosts, or `*.example.com` for any subdomain of it. */

/** True when `host` is allowed by one of the `patterns` (case-insensitive). */
export function hostAllowed(host: string, patterns: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  for (const raw of patterns) {
    const p = raw.toLowerCase();
    if (p.startsWith("*.")) {
      const base = p.slice(2);
      if (h === base || h.endsWith(`.${base}`)) return true;
    } else if (h === p) return true;
  }
  return false;
}
