type JsonObject = Record<string, unknown>;

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const operationHtml = (path: string, method: string, operation: JsonObject): string => {
  const roles = Array.isArray(operation['x-roles']) ? ` · ${escape(operation['x-roles'].join(', '))}` : '';
  const open =
    Array.isArray(operation.security) && operation.security.length === 0
      ? ' · public'
      : roles || ' · signed in';
  const body = (operation.requestBody as JsonObject | undefined)?.content as JsonObject | undefined;
  const schema = (body?.['application/json'] as JsonObject | undefined)?.schema;
  const answers = (operation.responses as Record<string, JsonObject> | undefined) ?? {};
  const responses = Object.entries(answers)
    .map(([status, answer]) => {
      const types = Object.keys((answer.content as JsonObject | undefined) ?? {});
      return types.length === 0 ? status : `${status} (${types.join(', ')})`;
    })
    .join(' ');
  return `<section><h3><span class="m">${escape(method.toUpperCase())}</span> <code>${escape(path)}</code></h3>
<p>${escape(String(operation.summary ?? ''))}<small>${open} · responses ${escape(responses)}</small></p>
${schema === undefined ? '' : `<details><summary>Request body</summary><pre>${escape(JSON.stringify(schema, null, 2))}</pre></details>`}</section>`;
};

/**
 * A self-contained HTML reference rendered from the OpenAPI document: no scripts and no CDN, so it
 * works offline and under the default Content-Security-Policy.
 */
export function docsPage(document: JsonObject): string {
  const paths = (document.paths ?? {}) as Record<string, Record<string, JsonObject>>;
  const sections = Object.entries(paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => operationHtml(path, method, operation)),
  );
  const title = escape(String((document.info as JsonObject | undefined)?.title ?? 'Jisr API'));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
.m{display:inline-block;min-width:4rem;font-weight:700}small{display:block;color:#555}pre{background:#f4f4f4;padding:.5rem;overflow:auto}</style>
</head><body><h1>${title}</h1><p>Machine-readable: <a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI 3.1).
Errors are <code>application/problem+json</code>; send <code>Accept-Language: ar|tr|en</code>.</p>
${sections.join('\n')}</body></html>`;
}
