// client.graphql in TypeScript (spec §7, GQL-01…GQL-06, GQL-08; §21): the call moves to the v6 client with
// its Gen 1 typing kept. v5 API.graphql and v6 client.graphql are typed alike: a type argument
// GraphQLQuery<T> (or GraphQLSubscription<T>) types the result, an untyped call returns a promise-or-
// observable union in both, and a cast `as GraphQLResult<T>` narrows that union in both. So the type
// argument is carried over as written, casts and annotations stay, and GraphQLQuery, GraphQLSubscription
// and GraphQLResult move to aws-amplify/api: code that type-checked against v5 type-checks against v6.
// An untyped call stays untyped. client.graphql<any> would compile anything, the v5 shapes included, and
// so hide the very errors tsc should report; it is never written.
// Written in code because one call takes many shapes: the type argument (which the TypeScript grammar
// parses into `await API.graphql<T>` as a call of its own), graphqlOperation or an options object,
// auth modes to rename, and a subscription whose next callback reads `value.data` (GQL-08).
// It takes what the model client does not: --graphql=client, projects without the Gen 2 Schema type,
// and operations that are no model operation (api-graphql-typescript.js takes those).
export const meta = {
  id: 'api-graphql-typescript-client',
  description: 'TypeScript: API.graphql<T>(graphqlOperation(q, vars)) → client.graphql<T>({ query: q, variables: vars }), its Gen 1 typing kept',
  safety: 'SAFE',
  spec: ['GQL-01', 'GQL-02', 'GQL-03', 'GQL-04', 'GQL-05', 'GQL-06', 'GQL-08'],
  languages: ['ts', 'tsx'],
  // The call must be on the API symbol (checked in fix): its name, or the module a default import names as it likes;
  // either way the file imports from a module named aws-amplify or @aws-amplify/….
  prefilter: [['API', '@aws-amplify/api'], ['aws-amplify']],
  // isSymbol(API, 'API'): the API of one of these modules (the pack's API symbol).
  imports: ['aws-amplify', '@aws-amplify/api'],
};

export const match = {
  any: [
    { pattern: '$API.graphql($$$ARGS)' },
    { pattern: '$API.graphql<$TYPE>($$$ARGS)' },
    { pattern: 'await $API.graphql<$TYPE>($$$ARGS)' },
  ],
};

const TS = ['ts', 'tsx', 'mts', 'cts'];
const MODEL_KINDS = ['list', 'get', 'create', 'update', 'delete', 'index'];
const SUBSCRIPTION_KINDS = ['onCreate', 'onUpdate', 'onDelete'];
const AUTH_MODES = {
  AMAZON_COGNITO_USER_POOLS: "'userPool'", API_KEY: "'apiKey'", AWS_IAM: "'identityPool'", OPENID_CONNECT: "'oidc'",
  AWS_LAMBDA: "'lambda'",
};
const V5_MODULES = ['aws-amplify', '@aws-amplify/api', '@aws-amplify/api-graphql'];
const TYPES = ['GraphQLQuery', 'GraphQLSubscription', 'GraphQLResult'];

export function fix(match, api) {
  const call = match.node;
  const { API, ARGS } = match.captures;
  if (call.type !== 'call_expression' || !TS.includes(api.extension()) || !api.isSymbol(API, 'API')
      || ARGS.length < 1 || ARGS.length > 2) {
    return;
  }
  const request = requestOf(ARGS[0], api);
  if (!request || (ARGS.length === 2 && ARGS[0].type !== 'object')) {
    return;
  }
  const subscription = subscriptionOf(call);
  const models = api.option('graphql') === 'models';
  const kinds = subscription !== null ? SUBSCRIPTION_KINDS : MODEL_KINDS;
  if (models && api.project.hasDataSchema() && kinds.some((k) => api.project.graphqlModel(request.op, k))) {
    return; // the model client takes it (api-graphql.yaml, api-graphql-subscriptions.js)
  }
  let nextEdits = [];
  if (subscription !== null) {
    nextEdits = subscription && reshapeNext(subscription, api);
    if (!nextEdits) {
      return; // next reads the event some other way: the call is flagged (GQL-08, REVIEW in the spec)
    }
  }
  // aws-amplify/data in a project with the Schema type, so that a module keeps one client for both
  // kinds of call (the two entry points export the same function); elsewhere §7's aws-amplify/api.
  const module = models && api.project.hasDataSchema() ? 'aws-amplify/data' : 'aws-amplify/api';
  const generateClient = api.addImport('generateClient', module);
  api.declare(`const client = ${generateClient}();`);
  moveTypeImports(api);
  dropImports(api);
  for (const e of nextEdits) {
    api.replace(e.node, e.text);
  }
  const awaited = call.child('function').type === 'await_expression' ? 'await ' : '';
  const typeArguments = call.child('type_arguments') ? call.child('type_arguments').text : '';
  const headers = ARGS.length === 2 ? `, ${ARGS[1].text}` : '';
  return `${awaited}client.graphql${typeArguments}(${request.text}${headers})`;
}

/** Returns `{ op, text }` for graphqlOperation(op, vars?, authToken?) or an options object; null for any other argument. */
function requestOf(arg, api) {
  if (arg.type === 'call_expression' && api.isSymbol(arg.child('function'), 'graphqlOperation')) {
    const a = arg.child('arguments').namedChildren;
    if (a.length < 1 || a.length > 3) {
      return null;
    }
    const members = [`query: ${a[0].text}`];
    if (a.length > 1) {
      members.push(`variables: ${a[1].text}`);
    }
    if (a.length > 2) {
      members.push(`authToken: ${a[2].text}`);
    }
    return { op: a[0], text: `{ ${members.join(', ')} }` };
  }
  if (arg.type !== 'object') {
    return null;
  }
  let op = null;
  let text = arg.text;
  for (const m of [...arg.namedChildren].reverse()) {
    const key = m.type === 'pair' ? m.child('key').text : m.type === 'shorthand_property_identifier' ? m.text : null;
    if (!['query', 'variables', 'authMode', 'authToken'].includes(key)) {
      return null; // a spread or a key v6 lacks: written by hand
    }
    if (key === 'query') {
      op = m.type === 'pair' ? m.child('value') : m;
    }
    if (key === 'authMode') {
      const value = m.type === 'pair' ? m.child('value') : null;
      const mode = value && authModeOf(value, api);
      if (!mode) {
        return null; // a non-literal auth mode (spec §7.1: REVIEW)
      }
      text = text.slice(0, value.start - arg.start) + mode + text.slice(value.end - arg.start);
    }
  }
  return op ? { op, text } : null;
}

/** Returns the v6 auth mode for 'AMAZON_COGNITO_USER_POOLS' or GRAPHQL_AUTH_MODE.AMAZON_COGNITO_USER_POOLS, or null. */
function authModeOf(value, api) {
  if (value.type === 'string') {
    return AUTH_MODES[value.text.slice(1, -1)] ?? null;
  }
  if (value.type === 'member_expression' && api.isSymbol(value.child('object'), 'GRAPHQL_AUTH_MODE')) {
    return AUTH_MODES[value.child('property').text] ?? null;
  }
  return null;
}

/** Returns the observer object of `call.subscribe({ … })`, false for another subscribe, null when the call is not subscribed to right there. */
function subscriptionOf(call) {
  const member = call.parent;
  if (member?.type !== 'member_expression' || member.child('property').text !== 'subscribe' || member.parent?.type !== 'call_expression') {
    return null;
  }
  const args = member.parent.child('arguments').namedChildren;
  return args.length === 1 && args[0].type === 'object' ? args[0] : false;
}

/**
 * Returns the edits that make the next callback read v6's `{ data }` event where it read v5's
 * `{ provider, value: { data } }`: `({ value }) => … value.data …` → `({ data }) => … data …`,
 * `(e) => … e.value.data …` → `(e) => … e.data …`; null when the event is read any other way.
 */
function reshapeNext(observer, api) {
  const fn = nextOf(observer);
  if (!fn) {
    return null;
  }
  const params = fn.child('parameter') ? [fn.child('parameter')] : fn.child('parameters').namedChildren;
  if (params.length === 0) {
    return [];
  }
  if (params.length > 1 || params[0].child('type')) {
    return null; // an annotated event keeps the v5 type, which v6 does not emit
  }
  const param = params[0].child('pattern') ?? params[0];
  const body = fn.child('body');
  const edits = [];
  if (param.type === 'identifier') {
    for (const use of identifiers(body).filter((n) => n.text === param.text)) {
      const read = readOf(use, ['value', 'data']);
      if (!read) {
        return null;
      }
      edits.push({ node: read, text: `${param.text}.data` });
    }
    return edits;
  }
  if (param.type !== 'object_pattern' || !param.namedChildren.every((c) => c.type === 'shorthand_property_identifier_pattern'
      && ['value', 'provider'].includes(c.text))) {
    return null;
  }
  edits.push({ node: param, text: '{ data }' });
  for (const use of identifiers(body)) {
    if (use.text === 'provider' || use.text === 'data') {
      return null; // provider is gone in v6; a `data` of the body's own would be shadowed
    }
    if (use.text === 'value') {
      const read = readOf(use, ['data']);
      if (!read) {
        return null;
      }
      edits.push({ node: read, text: 'data' });
    }
  }
  return edits;
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

/** Returns the member chain `use.a.b` (optional links allowed) that reads the path from the name, or null. */
function readOf(use, path) {
  let node = use;
  for (const key of path) {
    const parent = node.parent;
    if (!parent || parent.type !== 'member_expression' || parent.child('object') !== node || parent.child('property').text !== key) {
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

/** GraphQLQuery, GraphQLSubscription and GraphQLResult from a v5 package → the same types from aws-amplify/api (GQL-06). */
function moveTypeImports(api) {
  for (const name of TYPES) {
    const binding = api.bindingOf(name);
    if (binding?.kind === 'import' && binding.name === name && V5_MODULES.includes(binding.module)) {
      api.removeImportIfUnused(name, binding.module);
      api.addImport(name, 'aws-amplify/api');
    }
  }
}

/** Drops the imports the old call needed once nothing else uses them. */
function dropImports(api) {
  for (const module of V5_MODULES) {
    for (const name of ['API', 'graphqlOperation', 'GRAPHQL_AUTH_MODE']) {
      api.removeImportIfUnused(name, module);
    }
  }
  api.removeImportIfUnused('default', '@aws-amplify/api');
  api.removeImportIfUnused('GRAPHQL_AUTH_MODE', '@aws-amplify/auth');
}
