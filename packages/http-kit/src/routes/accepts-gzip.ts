const Q = /^\s*q\s*=\s*([\d.]+)\s*$/i;

/**
 * Whether an `Accept-Encoding` header takes gzip: `gzip` (or `*`) listed with no q or a q above 0.
 * Read on every hot request, so a plain scan instead of a full negotiation.
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  let star: boolean | undefined;
  for (const part of header.split(',')) {
    const [coding = '', ...params] = part.split(';');
    const name = coding.trim().toLowerCase();
    if (name !== 'gzip' && name !== '*') continue;
    const q = params.map((param) => Q.exec(param)?.[1]).find((value) => value !== undefined);
    const accepted = q === undefined || Number(q) > 0;
    if (name === 'gzip') return accepted;
    star = accepted;
  }
  return star ?? false;
}
