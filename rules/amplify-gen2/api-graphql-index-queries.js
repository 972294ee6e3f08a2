// Secondary-index queries (spec §8.2, DATA-12): API.graphql(graphqlOperation(todosByOwner, { owner,
// sortDirection, limit })) becomes client.models.Todo.todosByOwner({ owner }, { sortDirection, limit }).
// The method is the schema's @index(queryField) and the key fields (partition key, sort keys) come from
// the schema, never from the name; the variables are split in code because they go to two arguments.
export const meta = {
  id: 'api-graphql-index-query',
  description: 'API.graphql(graphqlOperation(todosByOwner, vars)) → client.models.Todo.todosByOwner(keys, { sortDirection, filter, limit, nextToken })',
  safety: 'REVIEW',
  spec: 'DATA-12',
  message: 'the index query resolves { data, nextToken, errors }: read data (the items) instead of data.<queryField>.items, and check errors (no throw)',
  // The call must be on the API symbol (checked in fix): its name, or the module a default import names as it likes;
  // either way the file imports from a module named aws-amplify or @aws-amplify/….
  prefilter: [['API', '@aws-amplify/api'], ['aws-amplify']],
  // isSymbol(API, 'API'): the API of one of these modules (the pack's API symbol).
  imports: ['aws-amplify', '@aws-amplify/api'],
};

// A generic call, API.graphql<GraphQLQuery<T>>(…), loses its type argument first (api-graphql-typescript-types).
export const match = '$API.graphql($$$ARGS)';

const PAGING = new Set(['sortDirection', 'filter', 'limit', 'nextToken']);
const AUTH_MODES = {
  AMAZON_COGNITO_USER_POOLS: "'userPool'", API_KEY: "'apiKey'", AWS_IAM: "'identityPool'", OPENID_CONNECT: "'oidc'",
  AWS_LAMBDA: "'lambda'",
};

export function fix(match, api) {
  if (api.option('graphql') !== 'models') {
    return; // --graphql=client keeps every operation on client.graphql
  }
  const { API, ARGS } = match.captures;
  const ts = ['ts', 'tsx', 'mts', 'cts'].includes(api.extension());
  // TypeScript needs the Gen 2 Schema type for a typed model client (spec §8.1).
  if (!api.isSymbol(API, 'API') || ARGS.length !== 1 || (ts && !api.project.hasDataSchema())) {
    return;
  }
  const request = requestOf(ARGS[0], api);
  const model = request && api.project.graphqlModel(request.op, 'index');
  if (!model) {
    return;
  }
  const keys = api.project.graphqlIndexKeys(request.op);
  const field = api.project.graphqlField(request.op);
  const split = request.vars && splitVariables(request.vars, keys);
  if (!split || !split.keys.some((k) => k.name === keys[0])) {
    return;
  }
  const options = split.options.map((o) => o.text);
  if (request.authMode) {
    const mode = AUTH_MODES[request.authMode.text.replace(/^['"]|['"]$/g, '').replace(/^.*\./, '')];
    if (!mode) {
      return;
    }
    options.push(`authMode: ${mode}`);
  }
  const args = `{ ${split.keys.map((k) => k.text).join(', ')} }` + (options.length ? `, { ${options.join(', ')} }` : '');
  const generateClient = api.addImport('generateClient', 'aws-amplify/data');
  api.declare(`const client = ${generateClient}();`);
  api.replace(match.node, `client.models.${model}.${field}(${args})`);
  for (const name of ['API', 'graphqlOperation', 'GraphQLQuery', 'GRAPHQL_AUTH_MODE']) {
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

/** Returns the operation, variables and auth mode of the call's one argument, or null for any other shape. */
function requestOf(arg, api) {
  if (arg.type === 'call_expression' && api.isSymbol(arg.child('function'), 'graphqlOperation')) {
    const inner = arg.child('arguments').namedChildren;
    return inner.length === 2 ? { op: inner[0], vars: inner[1], authMode: null } : null;
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

/**
 * Splits an object literal of variables into the index keys and the paging options; a generated enum
 * value (ModelSortDirection.DESC) becomes the string the model client takes. Null for any other member.
 */
function splitVariables(vars, keys) {
  if (vars.type !== 'object') {
    return null;
  }
  const out = { keys: [], options: [] };
  for (const m of vars.namedChildren) {
    const name = m.type === 'pair' ? m.child('key').text : m.type === 'shorthand_property_identifier' ? m.text : null;
    if (name === null) {
      return null;
    }
    let text = m.text;
    if (name === 'sortDirection' && m.type === 'pair' && /^[\w$]+\.(ASC|DESC)$/.test(m.child('value').text)) {
      text = `sortDirection: '${m.child('value').text.replace(/^.*\./, '')}'`;
    }
    if (keys.includes(name)) {
      out.keys.push({ name, text });
    } else if (PAGING.has(name)) {
      out.options.push({ name, text });
    } else {
      return null;
    }
  }
  return out;
}
