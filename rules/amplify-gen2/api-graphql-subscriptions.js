// Model-client subscriptions (spec §8.2, DATA-08…DATA-10): API.graphql(graphqlOperation(onCreateTodo))
// .subscribe({ next: ({ value }) => … value.data.onCreateTodo … }) becomes client.models.Todo.onCreate()
// .subscribe({ next: (todo) => … todo … }). Written in code because the next callback is reshaped
// wherever it reads the event, over any number of lines, as an arrow or a `next(e) {}` method; a
// callback that reads the event any other way is left to the client.graphql rules (GQL-08).
export const meta = {
  id: 'api-graphql-model-subscription',
  description: 'API.graphql(graphqlOperation(onCreateTodo)).subscribe(…) → client.models.Todo.onCreate().subscribe(…), next receiving the item',
  safety: 'REVIEW',
  spec: ['DATA-08', 'DATA-09', 'DATA-10'],
  message: 'the subscription now emits the item itself (no { value: { data } } wrapper) and sends no owner variable: check the next callback',
  // The call must be on the API symbol (checked in fix): its name, or the module a default import names as it likes;
  // either way the file imports from a module named aws-amplify or @aws-amplify/….
  prefilter: [['API', '@aws-amplify/api'], ['aws-amplify']],
  // isSymbol(API, 'API'): the API of one of these modules (the pack's API symbol).
  imports: ['aws-amplify', '@aws-amplify/api'],
};

export const match = {
  any: [
    { pattern: '$API.graphql($$$ARGS).subscribe($$$OBSERVER)' },
    { pattern: '$API.graphql<$TYPE>($$$ARGS).subscribe($$$OBSERVER)' },
  ],
};

const AUTH_MODES = {
  AMAZON_COGNITO_USER_POOLS: "'userPool'", API_KEY: "'apiKey'", AWS_IAM: "'identityPool'", OPENID_CONNECT: "'oidc'",
  AWS_LAMBDA: "'lambda'",
};

export function fix(match, api) {
  if (api.option('graphql') !== 'models') {
    return; // --graphql=client keeps every operation on client.graphql
  }
  const { API, OBSERVER } = match.captures;
  const ts = ['ts', 'tsx', 'mts', 'cts'].includes(api.extension());
  // TypeScript needs the Gen 2 Schema type for a typed model client (spec §8.1).
  if (!api.isSymbol(API, 'API') || OBSERVER.length !== 1 || OBSERVER[0].type !== 'object' || (ts && !api.project.hasDataSchema())) {
    return;
  }
  const call = match.node.child('function').child('object');
  const request = requestOf(call, api);
  if (!request) {
    return;
  }
  let kind = null;
  let model = null;
  for (const k of ['onCreate', 'onUpdate', 'onDelete']) {
    model = api.project.graphqlModel(request.op, k);
    if (model) {
      kind = k;
      break;
    }
  }
  const field = model && api.project.graphqlField(request.op);
  const options = model && optionsOf(request);
  const next = model && options !== null ? nextOf(OBSERVER[0]) : null;
  const edits = next && reshape(next, field, model);
  if (!edits) {
    return;
  }
  const generateClient = api.addImport('generateClient', 'aws-amplify/data');
  api.declare(`const client = ${generateClient}();`);
  dropImports(request, api);
  // One replacement of the whole subscription: a person reviews it as one change.
  const all = [{ node: call, text: `client.models.${model}.${kind}(${options})` }, ...edits].sort((a, b) => b.node.start - a.node.start);
  let text = match.node.text;
  for (const e of all) {
    text = text.slice(0, e.node.start - match.node.start) + e.text + text.slice(e.node.end - match.node.start);
  }
  return text;
}

/** Returns the operation, variables and auth mode of the call's one argument, or null for any other shape. */
function requestOf(call, api) {
  const args = call.child('arguments').namedChildren;
  if (args.length !== 1) {
    return null;
  }
  const arg = args[0];
  if (arg.type === 'call_expression' && api.isSymbol(arg.child('function'), 'graphqlOperation')) {
    const inner = arg.child('arguments').namedChildren;
    return inner.length === 1 || inner.length === 2 ? { op: inner[0], vars: inner.length > 1 ? inner[1] : null, authMode: null } : null;
  }
  if (arg.type !== 'object') {
    return null;
  }
  const out = { op: null, vars: null, authMode: null };
  for (const m of arg.namedChildren) {
    const key = m.type === 'pair' ? m.child('key').text : null;
    if (key === 'query') {
      out.op = m.child('value');
    } else if (key === 'variables') {
      out.vars = m.child('value');
    } else if (key === 'authMode') {
      out.authMode = m.child('value');
    } else {
      return null;
    }
  }
  return out.op ? out : null;
}

/** Returns the argument text of onCreate(…): the filter kept, the owner variable dropped (DATA-10); null for anything else. */
function optionsOf(request) {
  const members = [];
  if (request.vars) {
    if (request.vars.type !== 'object') {
      return null;
    }
    for (const m of request.vars.namedChildren) {
      const key = m.type === 'pair' ? m.child('key').text : m.type === 'shorthand_property_identifier' ? m.text : null;
      if (key === 'filter') {
        members.push(m.text);
      } else if (key !== 'owner') {
        return null;
      }
    }
  }
  if (request.authMode) {
    const mode = AUTH_MODES[request.authMode.text.replace(/^['"]|['"]$/g, '').replace(/^.*\./, '')];
    if (!mode) {
      return null;
    }
    members.push(`authMode: ${mode}`);
  }
  return members.length ? `{ ${members.join(', ')} }` : '';
}

/** Returns the function the observer calls with each event: `next: (e) => …`, `next: function (e) {…}` or `next(e) {…}`. */
function nextOf(observer) {
  for (const m of observer.namedChildren) {
    if (m.type === 'pair' && m.child('key').text === 'next'
        && ['arrow_function', 'function_expression', 'function'].includes(m.child('value').type)) {
      return m.child('value');
    }
    if (m.type === 'method_definition' && m.child('name').text === 'next') {
      return m;
    }
  }
  return null;
}

/**
 * Returns the edits that make the callback take the item: its parameter renamed and each
 * `event.value.data.onCreateTodo` (or `value.data.onCreateTodo` from `({ value })`) read as the item;
 * null when the event is read any other way.
 */
function reshape(fn, field, model) {
  const params = fn.child('parameter') ? [fn.child('parameter')] : fn.child('parameters').namedChildren.map((p) => p.child('pattern') ?? p);
  if (params.length === 0) {
    return [];
  }
  if (params.length > 1) {
    return null;
  }
  const param = params[0];
  let name;
  let path;
  if (param.type === 'identifier') {
    name = param.text;
    path = ['value', 'data', field];
  } else if (param.type === 'object_pattern' && param.namedChildren.every((c) => c.type === 'shorthand_property_identifier_pattern'
      && ['value', 'provider'].includes(c.text)) && param.namedChildren.some((c) => c.text === 'value')) {
    name = 'value';
    path = ['data', field];
  } else {
    return null;
  }
  const body = fn.child('body');
  const item = model[0].toLowerCase() + model.slice(1);
  const newName = new RegExp(`\\b${item}\\b`).test(fn.text) ? name : item;
  const edits = [{ node: param, text: newName }];
  for (const use of identifiers(body)) {
    if (use.text === 'provider' && name === 'value') {
      return null;
    }
    if (use.text !== name) {
      continue;
    }
    const read = readOf(use, path);
    if (!read) {
      return null;
    }
    edits.push({ node: read, text: newName });
  }
  return edits;
}

/** Returns the member chain `use.a.b.c` (optional links and `!` allowed) that reads the path from the name, or null. */
function readOf(use, path) {
  let node = use;
  for (const key of path) {
    let parent = node.parent;
    while (parent && parent.type === 'non_null_expression') {
      node = parent;
      parent = node.parent;
    }
    if (!parent || parent.type !== 'member_expression' || parent.child('object').start !== node.start
        || parent.child('object').end !== node.end || parent.child('property').text !== key) {
      return null;
    }
    node = parent;
  }
  return node;
}

function identifiers(node) {
  const out = [];
  const walk = (n) => {
    if (n.type === 'identifier' || n.type === 'shorthand_property_identifier') {
      out.push(n);
    }
    n.namedChildren.forEach(walk);
  };
  walk(node);
  return out;
}

/** Drops the imports the old call needed once nothing else uses them. */
function dropImports(request, api) {
  for (const name of ['API', 'graphqlOperation', 'GraphQLSubscription', 'GRAPHQL_AUTH_MODE']) {
    for (const module of ['aws-amplify', '@aws-amplify/api', '@aws-amplify/api-graphql', '@aws-amplify/auth']) {
      api.removeImportIfUnused(name, module);
    }
  }
  const op = request.op.type === 'member_expression' ? request.op.child('object') : request.op;
  const binding = op.type === 'identifier' ? api.bindingOf(op) : null;
  if (binding?.kind === 'import') {
    api.removeImportIfUnused(binding.name || '*', binding.module);
  }
}
