// TypeScript around a model-client rewrite (spec §8.1, GQL-06, GQL-07): the model client infers its
// result type from the Gen 2 Schema, so the Gen 1 typing of the call goes: the type argument of
// API.graphql<GraphQLQuery<ListTodosQuery>>(…), a cast `(await API.graphql(…)) as GraphQLResult<…>`
// and an annotation `const res: GraphQLResult<…> = await API.graphql(…)`. Only where the call is a
// model operation the other rules rewrite, in a project whose Schema type exists. Written in code to
// cut the types out with small edits that leave the call itself to the rewrite rules.
export const meta = {
  id: 'api-graphql-typescript-types',
  description: 'TypeScript: drops the Gen 1 result typing (API.graphql<T>, as GraphQLResult<T>) of calls that move to the model client',
  safety: 'SAFE',
  spec: ['GQL-06', 'GQL-07'],
  languages: ['ts', 'tsx'],
  // The call must be on the API symbol (checked in fix): its name, or the module a default import names as it likes;
  // either way the file imports from a module named aws-amplify or @aws-amplify/….
  prefilter: [['API', '@aws-amplify/api'], ['aws-amplify']],
  // isSymbol(API, 'API'): the API of one of these modules (the pack's API symbol).
  imports: ['aws-amplify', '@aws-amplify/api'],
};

// `await API.graphql<T>(…)` parses in the TypeScript grammar as a call of `await API.graphql`: a form of its own.
export const match = {
  any: [
    { pattern: '$API.graphql($$$ARGS)' },
    { pattern: '$API.graphql<$TYPE>($$$ARGS)' },
    { pattern: 'await $API.graphql<$TYPE>($$$ARGS)' },
  ],
};

const MODEL_KINDS = ['list', 'get', 'create', 'update', 'delete', 'index'];
const GEN1_RESULT_TYPE = /\bGraphQLResult\b|^\{\s*data\b|(Query|Mutation)\b/;

export function fix(match, api) {
  if (api.option('graphql') !== 'models') {
    return; // --graphql=client keeps every operation on client.graphql
  }
  const call = match.node;
  const { API, ARGS } = match.captures;
  if (call.type !== 'call_expression' || !['ts', 'tsx', 'mts', 'cts'].includes(api.extension()) || !api.project.hasDataSchema()
      || !api.isSymbol(API, 'API') || ARGS.length !== 1) {
    return;
  }
  const op = operationOf(ARGS[0], api);
  if (!op || !MODEL_KINDS.some((k) => api.project.graphqlModel(op, k))) {
    return;
  }
  const typeArguments = call.child('type_arguments');
  if (typeArguments) {
    api.replace(typeArguments, '');
  }
  // The value as the code uses it: the call, awaited, maybe in parentheses.
  let value = call.child('function').type === 'await_expression' ? call : call.parent?.type === 'await_expression' ? call.parent : call;
  const paren = value.parent?.type === 'parenthesized_expression' ? value.parent : null;
  const cast = (paren ?? value).parent;
  if (cast?.type === 'as_expression' && GEN1_RESULT_TYPE.test(cast.namedChildren[cast.namedChildren.length - 1].text)) {
    if (paren) {
      api.replace({ start: paren.start, end: value.start }, '');
    }
    api.replace({ start: value.end, end: cast.end }, '');
    value = cast;
  }
  const declarator = value.parent;
  const annotation = declarator?.type === 'variable_declarator' ? declarator.child('type') : null;
  if (annotation && GEN1_RESULT_TYPE.test(annotation.text)) {
    api.replace(annotation, '');
  }
}

/** Returns the operation of `graphqlOperation(op, …)` or `{ query: op, … }`, or null. */
function operationOf(arg, api) {
  if (arg.type === 'call_expression' && api.isSymbol(arg.child('function'), 'graphqlOperation')) {
    const args = arg.child('arguments').namedChildren;
    return args.length > 0 ? args[0] : null;
  }
  if (arg.type === 'object') {
    const query = arg.namedChildren.find((m) => m.type === 'pair' && m.child('key').text === 'query');
    return query ? query.child('value') : null;
  }
  return null;
}
