// TypeScript files of a project whose amplify/data/resource.ts exports the Gen 2 Schema type (spec §8.1):
// the model client becomes generateClient<Schema>(), and the model types that Gen 1 codegen wrote
// into src/API.ts become the Schema's (`type Todo = Schema['Todo']['type']`), so the items the model
// client returns fit where the app declared its types. Codegen'd operation types (ListTodosQuery …)
// that nothing reads any more are dropped. Written in code because it edits the module as a whole.
export const meta = {
  id: 'data-client-schema',
  description: "TypeScript: generateClient<Schema>() with the Gen 2 Schema type; codegen'd model types → Schema['Todo']['type']",
  safety: 'SAFE',
  languages: ['ts', 'tsx'],
  prefilter: ['generateClient', '/API'],
  // --graphql=client keeps every operation on client.graphql; TypeScript files of a project with the Schema type only.
  when: { option: ['graphql=models'], dataSchema: [true], extension: ['ts', 'tsx', 'mts', 'cts'] },
};

const CODEGEN_TYPES = /^\.{1,2}\/(?:.*\/)?API(?:\.ts)?$/;

export function transform(file, api) {
  const statements = file.root.namedChildren;
  const imports = statements.filter((s) => s.type === 'import_statement');
  if (imports.length === 0) {
    return;
  }
  const models = new Set(api.project.models());
  const aliases = [];
  const removed = new Set();
  for (const stmt of imports) {
    const module = stmt.child('source').text.slice(1, -1);
    const clause = stmt.namedChildren.find((c) => c.type === 'import_clause');
    const named = clause?.namedChildren.find((c) => c.type === 'named_imports');
    if (!CODEGEN_TYPES.test(module) || !named || clause.namedChildren.length !== 1) {
      continue;
    }
    const specifiers = named.namedChildren.filter((c) => c.type === 'import_specifier');
    const kept = [];
    for (const s of specifiers) {
      const name = s.child('name').text;
      if (models.has(name)) {
        aliases.push(`type ${s.child('alias')?.text ?? name} = Schema['${name}']['type'];`);
      } else {
        kept.push(s.text);
        api.removeImportIfUnused(name, module);
      }
    }
    if (kept.length === 0) {
      removed.add(stmt.start);
    } else if (kept.length < specifiers.length) {
      api.replace(named, `{ ${kept.join(', ')} }`);
    }
  }
  const client = untypedClient(statements, api);
  if (client) {
    api.insertAfter(client.child('function'), '<Schema>');
  }
  if (aliases.length === 0 && !client) {
    return;
  }
  const last = imports[imports.length - 1];
  const semicolon = last.text.endsWith(';') ? ';' : '';
  const quote = last.child('source').text[0];
  const hasSchema = imports.some((s) => /\bSchema\b/.test(s.text) && /amplify\/data\/resource/.test(s.text));
  const lines = [];
  if (!hasSchema) {
    lines.push(`import type { Schema } from ${quote}${api.project.pathToRoot('amplify/data/resource')}${quote}${semicolon}`);
  }
  if (aliases.length > 0) {
    lines.push((lines.length ? '\n' : '') + aliases.map((a) => (semicolon ? a : a.slice(0, -1))).join('\n'));
  }
  for (const stmt of imports) {
    if (removed.has(stmt.start) && stmt !== last) {
      api.remove(stmt);
    }
  }
  // New lines go after the last import; when that import goes, they take its place.
  if (removed.has(last.start)) {
    api.replace(last, lines.join('\n'));
  } else if (lines.length > 0) {
    api.insertAfter(last, (hasSchema ? '\n\n' : '\n') + lines.join('\n'));
  }
}

/** Returns the call in a top-level `const client = generateClient()` of aws-amplify/data that has no type argument. */
function untypedClient(statements, api) {
  for (const s of statements) {
    if (s.type !== 'lexical_declaration') {
      continue;
    }
    for (const d of s.namedChildren.filter((c) => c.type === 'variable_declarator')) {
      const value = d.child('value');
      if (value?.type === 'call_expression' && !value.child('type_arguments') && value.child('arguments').namedChildren.length === 0
          && api.isSymbol(value.child('function'), 'aws-amplify/data#generateClient')) {
        return value;
      }
    }
  }
  return null;
}
