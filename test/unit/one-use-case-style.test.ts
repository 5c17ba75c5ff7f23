import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..', '..');
const SERVICES = ['profile', 'matching', 'messaging'] as const;
const Name = (service: string): string => `${service[0]!.toUpperCase()}${service.slice(1)}`;
// A use case takes the service's context, or (a step of a larger one) the transaction it runs in.
const takesContext = (service: string, type: string): boolean =>
  new RegExp(`\\b${Name(service)}(Context|Tx)\\b`).test(type) ||
  (service === 'matching' && /\bMatchingStore\b/.test(type));
const FACTORY_NAME = /^(create|make|build)[A-Z]/;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const sourcesOf = (service: string): { path: string; text: string }[] => {
  const src = join(root, 'services', service, 'src');
  return filesUnder(src)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ path: relative(src, file), text: readFileSync(file, 'utf8') }));
};

type FunctionNode = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;
const isFunction = (node: ts.Node | undefined): node is FunctionNode =>
  node !== undefined &&
  (ts.isFunctionDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node));

/** The exported functions of a module, by name. */
const exportedFunctions = (file: ts.SourceFile): [string, FunctionNode][] =>
  file.statements.flatMap((statement): [string, FunctionNode][] => {
    if (!ts.canHaveModifiers(statement)) return [];
    if (!ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return [];
    if (ts.isFunctionDeclaration(statement) && statement.name !== undefined)
      return [[statement.name.text, statement]];
    if (!ts.isVariableStatement(statement)) return [];
    return statement.declarationList.declarations.flatMap((d): [string, FunctionNode][] =>
      isFunction(d.initializer) ? [[d.name.getText(file), d.initializer]] : [],
    );
  });

/** What a function hands back that is itself a function: a returned arrow, or arrows in a returned object. */
const returnedFunctions = (fn: FunctionNode): FunctionNode[] => {
  const returned: ts.Expression[] = [];
  if (fn.body !== undefined && !ts.isBlock(fn.body)) returned.push(fn.body);
  else if (fn.body !== undefined)
    fn.body.statements.forEach((s) => ts.isReturnStatement(s) && s.expression && returned.push(s.expression));
  return returned.flatMap((expression) => {
    const inner = ts.isParenthesizedExpression(expression) ? expression.expression : expression;
    if (isFunction(inner)) return [inner];
    if (!ts.isObjectLiteralExpression(inner)) return [];
    return inner.properties.flatMap((p) =>
      ts.isPropertyAssignment(p) && isFunction(p.initializer) ? [p.initializer] : [],
    );
  });
};
const firstParameterType = (fn: FunctionNode, file: ts.SourceFile): string =>
  fn.parameters[0]?.type?.getText(file) ?? '';

/**
 * Use cases are plain functions given the service's context (`fn(ctx, input)`), never objects or
 * closures a factory binds to their dependencies; long-lived adapters (an index, a job runner) live
 * outside `*.use-case.ts`.
 */
describe('one use-case style and one way to mount routes, in all three services', () => {
  test.each(SERVICES)(
    'when %s serves HTTP, then its routes are mounted only through serveApi in app.ts',
    (service) => {
      const sources = sourcesOf(service);
      const mounting = sources.filter(({ text }) => text.includes('serveApi(')).map(({ path }) => path);
      // An express verb with a path, or a router of its own, would bypass the route list and the OpenAPI document.
      const expressRoutes = sources
        .filter(
          ({ text }) =>
            /\.(get|post|put|patch|delete|all|use)\(\s*['"`]\//.test(text) || /\bRouter\(/.test(text),
        )
        .map(({ path }) => path);
      expect({ mounting, expressRoutes }).toEqual({ mounting: ['app.ts'], expressRoutes: [] });
    },
  );

  test.each(SERVICES)(
    'when the routers of %s are read, then none reaches the store or decides who may act (use cases and the access module do)',
    (service) => {
      const routers = sourcesOf(service).filter(({ path }) => path.startsWith('entry-points/api/'));
      const reachingStore = routers.filter(({ text }) =>
        /\.store\b|\bstore\(\)|\.transaction\(|\b(Profile|Matching|Messaging)Store\b/.test(text),
      );
      const decidingAccess = routers.filter(
        ({ path, text }) => path !== 'entry-points/api/access.ts' && /\.role\s*[!=]==|\bmayAct\(/.test(text),
      );
      expect(routers.length).toBeGreaterThan(5);
      expect({
        reachingStore: reachingStore.map(({ path }) => path),
        decidingAccess: decidingAccess.map(({ path }) => path),
      }).toEqual({ reachingStore: [], decidingAccess: [] });
    },
  );

  test.each(SERVICES)(
    'when the use cases of %s are read, then each module offers fn(ctx, input) functions and none is made by a factory',
    (service) => {
      const offending: string[] = [];
      const useCases = sourcesOf(service).filter(({ path }) => path.endsWith('.use-case.ts'));
      for (const { path, text } of useCases) {
        const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
        const functions = exportedFunctions(file);
        const offered = [
          ...functions.map(([, fn]) => fn),
          ...functions.flatMap(([, fn]) => returnedFunctions(fn)),
        ];
        if (!offered.some((fn) => takesContext(service, firstParameterType(fn, file))))
          offending.push(`${path}: no function takes the ${Name(service)}Context first`);
        for (const [name, fn] of functions) {
          const made = returnedFunctions(fn).filter(
            (m) => !takesContext(service, firstParameterType(m, file)),
          );
          const isAsync = (m: FunctionNode) =>
            ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.AsyncKeyword);
          if (made.length > 0 && (FACTORY_NAME.test(name) || made.some(isAsync)))
            offending.push(`${path}: ${name} builds use cases bound to their dependencies`);
        }
      }
      expect(useCases.length).toBeGreaterThan(5);
      expect(offending).toEqual([]);
    },
  );
});
