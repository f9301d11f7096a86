/**
 * The JSDoc of every schema field, read from the schemas' source with the TypeScript compiler's parser, so the editor's
 * help text is the very comment a developer writes beside the field.
 *
 * A schema's fields are the properties of the object literals given to `z.object`/`z.strictObject`; a field whose value
 * is (or wraps, in `z.array(…)`, `.optional()`, `.default()`…) another such object, or a constant holding one, gets the
 * docs of that object's fields below it. Spreads (`...contactPoint.shape`) bring in the fields of the spread object.
 */
import ts from 'typescript';

export interface FieldDoc {
  /** The JSDoc text, one line, or '' when the field has none */
  doc: string;
  /** Docs of the fields of the object this field holds (directly or in a list) */
  fields: DocTree;
}

export type DocTree = Map<string, FieldDoc>;

/** Source files by module name as imports name them (`./common.ts`). */
export type SchemaSources = Record<string, string>;

const objectFactories = new Set(['object', 'strictObject', 'looseObject']);

/** Docs of the object schema held by `constName` in `file` (e.g. `documentSchema` in `document.ts`). */
export function schemaDocs(sources: SchemaSources, file: string, constName: string): DocTree {
  const reader = new SchemaSourceReader(sources);
  return reader.docsOfConst(file, constName) ?? new Map();
}

class SchemaSourceReader {
  private readonly parsed = new Map<string, ts.SourceFile>();
  private readonly sources: SchemaSources;

  constructor(sources: SchemaSources) {
    this.sources = sources;
  }

  private source(file: string): ts.SourceFile | undefined {
    const name = file.replace(/^\.\//, '');
    if (!this.parsed.has(name)) {
      const text = this.sources[name];
      if (text === undefined) return undefined;
      this.parsed.set(name, ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
    }
    return this.parsed.get(name);
  }

  /** The initializer of a top-level `const`, following one import into another schema file. */
  private resolveConst(file: string, name: string, depth = 0): { file: string; node: ts.Expression } | undefined {
    const source = this.source(file);
    if (!source || depth > 4) return undefined;
    for (const statement of source.statements) {
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer) return { file, node: declaration.initializer };
        }
      }
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        const bindings = statement.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings) && bindings.elements.some((element) => element.name.text === name)) {
          return this.resolveConst(statement.moduleSpecifier.text, name, depth + 1);
        }
      }
    }
    return undefined;
  }

  docsOfConst(file: string, name: string): DocTree | undefined {
    const found = this.resolveConst(file, name);
    return found ? this.docsOfExpression(found.file, found.node) : undefined;
  }

  /** The docs of the object schema an expression builds or wraps, or undefined when it holds no object. */
  private docsOfExpression(file: string, node: ts.Expression, depth = 0): DocTree | undefined {
    if (depth > 12) return undefined;
    if (ts.isParenthesizedExpression(node)) return this.docsOfExpression(file, node.expression, depth + 1);
    if (ts.isIdentifier(node)) return this.docsOfConst(file, node.text);
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee)) {
        // z.strictObject({...}) / z.object({...})
        const argument = node.arguments[0];
        if (objectFactories.has(callee.name.text) && ts.isIdentifier(callee.expression) && callee.expression.text === 'z' && argument && ts.isObjectLiteralExpression(argument)) {
          return this.docsOfObjectLiteral(file, argument, depth + 1);
        }
        // z.array(x), z.union([...]): the object among the arguments
        if (ts.isIdentifier(callee.expression) && callee.expression.text === 'z') {
          for (const argument of node.arguments) {
            const candidates = ts.isArrayLiteralExpression(argument) ? argument.elements : [argument];
            for (const candidate of candidates) {
              const docs = this.docsOfExpression(file, candidate as ts.Expression, depth + 1);
              if (docs) return docs;
            }
          }
          return undefined;
        }
        // x.optional(), x.default(…), x.refine(…), x.min(1)…: the object is the receiver
        return this.docsOfExpression(file, callee.expression, depth + 1);
      }
    }
    return undefined;
  }

  private docsOfObjectLiteral(file: string, literal: ts.ObjectLiteralExpression, depth: number): DocTree {
    const tree: DocTree = new Map();
    for (const property of literal.properties) {
      if (ts.isSpreadAssignment(property)) {
        // ...contactPoint.shape
        const target = ts.isPropertyAccessExpression(property.expression) && property.expression.name.text === 'shape' ? property.expression.expression : property.expression;
        const spread = this.docsOfExpression(file, target, depth + 1);
        for (const [key, value] of spread ?? []) tree.set(key, value);
        continue;
      }
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
      const key = propertyName(property.name);
      if (key === undefined) continue;
      const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
      tree.set(key, { doc: jsDocText(property), fields: this.docsOfExpression(file, value, depth + 1) ?? new Map() });
    }
    return tree;
  }
}

function propertyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

/** A property's JSDoc as one line: backticks dropped, whitespace collapsed. */
function jsDocText(node: ts.Node): string {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = docs
    .map((doc) => (typeof doc.comment === 'string' ? doc.comment : (doc.comment ?? []).map((part) => part.text).join('')))
    .join(' ');
  return text.replace(/`/g, '').replace(/\s+/g, ' ').trim();
}

/** The docs found at a field path (`rounds.result`), or ''. */
export function docAt(tree: DocTree, fieldPath: readonly string[]): string {
  let current: DocTree = tree;
  let found: FieldDoc | undefined;
  for (const key of fieldPath) {
    found = current.get(key);
    if (!found) return '';
    current = found.fields;
  }
  return found?.doc ?? '';
}
