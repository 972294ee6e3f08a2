// Gen 1 results destructured in one go (spec §8.4, DATA-01/04): once the call is a model-client call, the
// root field in the pattern is gone, so `const { data: { getTodo: todo } } = await client.models.Todo.get(…)`
// becomes `const { data: todo } = …`, and `{ data: { listTodos: { items: todos, nextToken } } }` becomes
// `{ data: todos, nextToken }`. Written in code because it reads the pattern against the call it destructures;
// it acts on the call as the API rules wrote it, so a call they left alone keeps its pattern too.
export const meta = {
  id: 'api-graphql-result-nested-destructuring',
  description: 'const { data: { getTodo: todo } } = await client.models.Todo.get(…) → const { data: todo } = …',
  safety: 'SAFE',
  spec: 'DATA-04',
  // It acts only on a client this file declares with generateClient() (see isModelCall).
  prefilter: ['generateClient'],
};

export const match = {
  kind: 'variable_declarator',
  has: { pattern: '$CLIENT.models.$MODEL.$OP($$$ARGS)' },
};

const SINGLE = ['get', 'create', 'update', 'delete'];

export function fix(match, api) {
  const { MODEL, OP } = match.captures;
  const pattern = match.node.child('name');
  const call = unwrap(match.node.child('value'));
  if (pattern?.type !== 'object_pattern' || call?.type !== 'call_expression' || !isModelCall(call, api)) {
    return;
  }
  const data = onlyEntry(pattern, 'data');
  if (!data || data.type !== 'pair_pattern' || data.child('value').type !== 'object_pattern') {
    return;
  }
  const inner = data.child('value');
  const entries = named(inner);
  if (entries.length !== 1) {
    return;
  }
  const field = keyOf(entries[0]);
  const op = OP.text;
  const model = MODEL.text;
  if (SINGLE.includes(op) && field === op + model) {
    api.replace(inner, valueText(entries[0]));
    return;
  }
  if ((op === 'list' && isListField(field, model)) || field === op) {
    // A list (or an index query, whose root field is the method's name): items and nextToken move up a level.
    const value = entries[0].type === 'pair_pattern' ? entries[0].child('value') : null;
    if (value?.type !== 'object_pattern') {
      return;
    }
    const moved = [];
    for (const entry of named(value)) {
      const key = keyOf(entry);
      if (key === 'items') {
        moved.unshift(`data: ${valueText(entry)}`);
      } else if (key === 'nextToken') {
        moved.push(entry.text);
      } else {
        return; // anything else of the Gen 1 connection: leave it to the marker
      }
    }
    if (moved.length > 0 && moved[0].startsWith('data: ') && named(pattern).length === 1) {
      api.replace(pattern, `{ ${moved.join(', ')} }`);
    }
  }
}

/** `listTodos`, `listCategorys` and `listCategories` for Category: the plural is codegen's, never derived. */
function isListField(field, model) {
  if (!field.startsWith('list')) {
    return false;
  }
  const rest = field.slice(4);
  return rest.startsWith(model) || (model.endsWith('y') && rest.startsWith(model.slice(0, -1)));
}

/** Whether the call is `client.models.X.op(…)` on a client this file made with generateClient. */
function isModelCall(call, api) {
  let object = call.child('function').child('object');
  while (object?.type === 'member_expression') {
    object = object.child('object');
  }
  const binding = object?.type === 'identifier' ? api.bindingOf(object) : null;
  const declarator = binding?.kind === 'local' ? binding.declaration.parent : null;
  const init = declarator?.type === 'variable_declarator' ? declarator.child('value') : null;
  return init?.type === 'call_expression' && /^generateClient\b/.test(init.child('function').text);
}

function unwrap(node) {
  while (node && (node.type === 'await_expression' || node.type === 'parenthesized_expression')) {
    node = node.namedChildren[0];
  }
  return node;
}

function named(pattern) {
  return pattern.namedChildren.filter((c) => c.type !== 'comment');
}

function onlyEntry(pattern, key) {
  const entries = named(pattern);
  return entries.length === 1 && keyOf(entries[0]) === key ? entries[0] : null;
}

function keyOf(entry) {
  if (entry.type === 'shorthand_property_identifier_pattern') {
    return entry.text;
  }
  return entry.type === 'pair_pattern' ? entry.child('key').text : null;
}

/** What the entry binds: `todo` for `getTodo: todo`, `getTodo` for the shorthand. */
function valueText(entry) {
  return entry.type === 'pair_pattern' ? entry.child('value').text : entry.text;
}
