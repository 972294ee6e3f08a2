// Next.js server-side rendering (spec §16, SSR-02…SSR-05, SSR-08…SSR-10): `const SSR = withSSRContext({ req })`
// in getServerSideProps, getStaticProps or an API route becomes runWithAmplifyServerContext from a small server
// utility module, which the rule creates (spec §16: createServerRunner, and the request/response GraphQL client
// when some server code calls API.graphql). Written in code because the rewrite spans the whole function: the
// statements after the declaration move into the `operation`, each SSR call takes `contextSpec`, and the
// response comes from the function's parameters. Anything it cannot carry over whole is flagged, not rewritten.
// In App Router server code (pages, layouts, route handlers under app/, and server actions) there is no request to
// pass: each SSR call becomes its own runWithAmplifyServerContext with `cookies` from next/headers (SSR-07), in place,
// and the withSSRContext declaration goes with the request object built only for it.
export const meta = {
  id: 'ssr-with-ssr-context',
  description: 'withSSRContext in Next.js data functions and API routes → runWithAmplifyServerContext (creates the server utility module)',
  safety: 'REVIEW',
  spec: ['SSR-02', 'SSR-03', 'SSR-04', 'SSR-05', 'SSR-07', 'SSR-08', 'IMP-15'],
  message: 'check the operation: the server calls take contextSpec and work only inside it (spec §16)',
  // isSymbol(…, 'aws-amplify#withSSRContext')
  imports: ['aws-amplify'],
};

export const match = 'withSSRContext($$$ARGS)';

const UTILITY = 'amplifyServerUtils';
const CONTEXT = 'contextSpec';

/** Where the v5 names a rewrite may leave unused were imported from. */
const REMOVED_FROM = {
  graphqlOperation: ['aws-amplify', '@aws-amplify/api', '@aws-amplify/api-graphql'],
  GRAPHQL_AUTH_MODE: ['@aws-amplify/api', '@aws-amplify/api-graphql', '@aws-amplify/auth'],
};

/** The v5 auth mode names and their v6 values (spec §7, GQL-05). */
const AUTH_MODES = {
  API_KEY: 'apiKey',
  AWS_IAM: 'iam',
  AMAZON_COGNITO_USER_POOLS: 'userPool',
  OPENID_CONNECT: 'oidc',
  AWS_LAMBDA: 'lambda',
};

export function fix(match, api) {
  const call = match.node;
  if (!api.isSymbol(call.child('function'), 'aws-amplify#withSSRContext')) {
    return;
  }
  const plan = planRewrite(call, match.captures.ARGS, api);
  if (typeof plan === 'string') {
    api.flag(call, plan, 'MANUAL');
    return;
  }
  if (plan.appRouter) {
    writeAppRouter(plan, api);
  } else {
    write(plan, api);
  }
}

/** Returns what the rewrite changes, or why it cannot be done mechanically. */
function planRewrite(call, args, api) {
  if (!api.project.hasDependency('next')) {
    return 'withSSRContext outside Next.js: use runWithAmplifyServerContext with the aws-amplify/adapter-core helpers of your framework (SSR-10)';
  }
  const declarator = call.parent;
  const statement = declarator?.parent;
  const body = statement?.parent;
  const fn = body?.parent;
  if (declarator?.type !== 'variable_declarator' || declarator.child('value')?.start !== call.start
      || !['lexical_declaration', 'variable_declaration'].includes(statement.type)
      || statement.namedChildren.filter((c) => c.type === 'variable_declarator').length !== 1
      || body.type !== 'statement_block' || !isFunction(fn)) {
    return 'withSSRContext not as `const SSR = withSSRContext(…)` directly in a function body: move its calls into runWithAmplifyServerContext({ nextServerContext, operation }) by hand';
  }
  const categories = categoriesOf(declarator.child('name'));
  if (!categories) {
    return 'the result of withSSRContext is not a plain name or { Auth, API } destructuring: rewrite with runWithAmplifyServerContext by hand';
  }
  if (isAppRouter(fn, api)) {
    return planAppRouter(call, args, statement, fn, categories, api);
  }
  const server = serverContext(args, fn, api);
  if (typeof server === 'string') {
    return server;
  }
  const text = rootOf(call).text;
  const restStart = skipSpace(text, statement.end, 1);
  const restEnd = skipSpace(text, body.end - 1, -1);
  if (restStart >= restEnd) {
    return 'nothing follows withSSRContext in this function';
  }
  if (declares(fn, CONTEXT, api)) {
    return `the function already uses the name ${CONTEXT}: rewrite with runWithAmplifyServerContext by hand`;
  }
  const calls = [];
  for (const use of usesOf(body, categories, declarator.child('name'), api)) {
    if (use.start < restStart || use.end > restEnd) {
      return `${use.text} is used before withSSRContext is called`;
    }
    const rewritten = serverCall(use, categories, api);
    if (typeof rewritten === 'string') {
      return rewritten;
    }
    calls.push(rewritten);
  }
  if (calls.length === 0) {
    return 'nothing calls the withSSRContext result here: remove it, or rewrite with runWithAmplifyServerContext by hand';
  }
  return { call, statement, fn, server, calls, text, restStart, restEnd };
}

/**
 * Returns whether the function is App Router server code: a file under app/ (pages, layouts, route handlers and the
 * modules they call) that is not a client component, or a server action ('use server' atop the file or the function).
 */
function isAppRouter(fn, api) {
  const root = rootOf(fn);
  const directive = (block, name) => block?.namedChildren.some((c, i) => c.type === 'expression_statement'
    && c.namedChildren[0]?.type === 'string' && c.namedChildren[0].text.slice(1, -1) === name
    && block.namedChildren.slice(0, i).every((d) => d.type === 'comment' || d.type === 'expression_statement'));
  if (directive(fn.child('body'), 'use server') || directive(root, 'use server')) {
    return true;
  }
  return /^(src\/)?app\//.test(api.project.filePath()) && !directive(root, 'use client');
}

/**
 * Plans the App Router form: every use of the SSR object is a call with a server form, each to be wrapped in its own
 * runWithAmplifyServerContext({ nextServerContext: { cookies } }); the request built for withSSRContext goes too.
 */
function planAppRouter(call, args, statement, fn, categories, api) {
  if (declares(fn, CONTEXT, api)) {
    return `the function already uses the name ${CONTEXT}: rewrite with runWithAmplifyServerContext by hand`;
  }
  const body = statement.parent;
  const declared = statement.namedChildren.find((c) => c.type === 'variable_declarator').child('name');
  const calls = [];
  for (const use of usesOf(body, categories, declared, api)) {
    if (use.start < statement.end) {
      return `${use.text} is used before withSSRContext is called`;
    }
    const rewritten = serverCall(use, categories, api);
    if (typeof rewritten === 'string') {
      return rewritten;
    }
    if (rewritten.client) {
      return 'SSR.API.graphql in App Router code: query with cookieBasedClient = generateServerClientUsingCookies({ config: outputs, cookies }) from @aws-amplify/adapter-nextjs/data by hand (SSR-05, SSR-07)';
    }
    calls.push(rewritten);
  }
  if (calls.length === 0) {
    return 'nothing calls the withSSRContext result here: remove it, or rewrite with runWithAmplifyServerContext by hand';
  }
  return { appRouter: true, call, statement, fn, calls, request: requestDeclaration(args, statement, fn, api) };
}

/**
 * Returns the declaration of the request object given to withSSRContext as `{ req }` (`const req = { headers: … }`),
 * when it is declared just for it: alone in its statement, before it in the same block, and used nowhere else.
 */
function requestDeclaration(args, statement, fn, api) {
  const props = args.length === 1 && args[0].type === 'object' ? args[0].namedChildren.filter((c) => c.type !== 'comment') : [];
  const prop = props.length === 1 ? props[0] : null;
  const name = prop?.type === 'shorthand_property_identifier' && prop.text === 'req' ? 'req'
    : prop?.type === 'pair' && prop.child('key')?.text === 'req' && prop.child('value').type === 'identifier' ? prop.child('value').text : null;
  if (!name) {
    return null;
  }
  const earlier = statement.parent.namedChildren.filter((c) => c.end <= statement.start);
  const decl = earlier.find((c) => c.type === 'lexical_declaration' && c.namedChildren.length === 1
    && c.namedChildren[0].type === 'variable_declarator' && c.namedChildren[0].child('name')?.text === name);
  if (!decl) {
    return null;
  }
  const kinds = ['identifier', 'shorthand_property_identifier'];
  const uses = api.find({ any: kinds.map((kind) => ({ kind, regex: `^${name}$` })) }, fn);
  return uses.length === 2 ? decl : null;
}

/** Maps category names (Auth, API …) to the local names or the one SSR name they are reached through. */
function categoriesOf(name) {
  if (name?.type === 'identifier') {
    return { object: name.text };
  }
  if (name?.type !== 'object_pattern') {
    return null;
  }
  const locals = {};
  for (const p of name.namedChildren) {
    if (p.type === 'shorthand_property_identifier_pattern') {
      locals[p.text] = p.text;
    } else if (p.type === 'pair_pattern' && p.child('key')?.type === 'property_identifier' && p.child('value')?.type === 'identifier') {
      locals[p.child('value').text] = p.child('key').text;
    } else if (p.type !== 'comment') {
      return null;
    }
  }
  return { locals };
}

/** Returns the request and response expressions for nextServerContext, the edit that adds `res` if one is needed, or why not. */
function serverContext(args, fn, api) {
  if (args.length === 0) {
    return { context: 'null', edit: null };
  }
  const params = parametersOf(fn);
  const first = params[0] ? patternOf(params[0]) : null;
  const arg = args[0];
  if (args.length === 1 && arg.type === 'identifier' && first?.type === 'identifier' && first.text === arg.text) {
    return { context: `{ request: ${arg.text}.req, response: ${arg.text}.res }`, edit: null };
  }
  const props = arg.type === 'object' ? arg.namedChildren.filter((c) => c.type !== 'comment') : [];
  if (args.length !== 1 || props.length !== 1) {
    return 'withSSRContext takes something other than { req } or the context: rewrite with runWithAmplifyServerContext by hand';
  }
  const prop = props[0];
  let request = null;
  if (prop.type === 'shorthand_property_identifier' && prop.text === 'req') {
    request = 'req';
  } else if (prop.type === 'pair' && prop.child('key')?.text === 'req') {
    request = prop.child('value').text;
  }
  const member = request && /^([A-Za-z_$][\w$]*)\.req$/.exec(request);
  if (member && first?.type === 'identifier' && first.text === member[1]) {
    return { context: `{ request: ${request}, response: ${member[1]}.res }`, edit: null };
  }
  if (!request || !/^[A-Za-z_$][\w$]*$/.test(request)) {
    return 'withSSRContext takes a request that is not a parameter of the function: rewrite with runWithAmplifyServerContext by hand';
  }
  const resFree = !declares(fn, 'res', api);
  if (first?.type === 'object_pattern') {
    const entries = first.namedChildren.filter((c) => c.type !== 'comment');
    const binds = (p, key, name) => (p.type === 'shorthand_property_identifier_pattern' && key === name && p.text === key)
      || (p.type === 'pair_pattern' && p.child('key')?.text === key && p.child('value')?.type === 'identifier' && p.child('value').text === name);
    if (!entries.some((p) => binds(p, 'req', request))) {
      return 'the request given to withSSRContext is not the req of the context parameter: rewrite by hand';
    }
    const res = entries.find((p) => (p.type === 'shorthand_property_identifier_pattern' && p.text === 'res')
      || (p.type === 'pair_pattern' && p.child('key')?.text === 'res'));
    if (res) {
      const name = res.type === 'pair_pattern' ? res.child('value').text : 'res';
      return { context: `{ request: ${request}, response: ${name} }`, edit: null };
    }
    if (!resFree) {
      return 'the function uses the name res for something else: add the response to nextServerContext by hand';
    }
    return { context: `{ request: ${request}, response: res }`, edit: { after: entries[entries.length - 1], text: ', res' } };
  }
  if (first?.type === 'identifier' && first.text === request) {
    const second = params[1] ? patternOf(params[1]) : null;
    if (second?.type === 'identifier') {
      return { context: `{ request: ${request}, response: ${second.text} }`, edit: null };
    }
    if (params.length === 1 && params[0].type === 'required_parameter' && !params[0].child('type') && resFree) {
      return { context: `{ request: ${request}, response: res }`, edit: { after: params[0], text: ', res' } };
    }
  }
  return 'withSSRContext takes a request that is not a parameter of the function: rewrite with runWithAmplifyServerContext by hand';
}

/** Returns every reference to the withSSRContext result inside the function body, the declaration excepted. */
function usesOf(body, categories, declared, api) {
  const names = categories.object ? [categories.object] : Object.keys(categories.locals);
  return api.find({ kind: 'identifier', regex: `^(${names.join('|')})$` }, body).map((m) => m.node)
    .filter((n) => n.start < declared.start || n.end > declared.end);
}

/**
 * Returns the v6 server call for one use of the SSR object, or why there is none: the node it replaces, the
 * aws-amplify/auth/server function (fn, with a wrap after the awaited call) or the GraphQL client (client, args),
 * and what a person checks. SSR.Auth.currentAuthenticatedUser() → getCurrentUser(contextSpec) and the like.
 */
function serverCall(use, categories, api) {
  let category;
  let method;
  let member;
  if (categories.object) {
    const cat = use.parent;
    member = cat?.parent;
    if (cat?.type !== 'member_expression' || cat.child('object')?.start !== use.start
        || member?.type !== 'member_expression' || member.child('object')?.start !== cat.start) {
      return `${use.text} is used other than to call one of its methods: rewrite by hand`;
    }
    category = cat.child('property').text;
    method = member.child('property').text;
  } else {
    member = use.parent;
    if (member?.type !== 'member_expression' || member.child('object')?.start !== use.start) {
      return `${use.text} is used other than to call one of its methods: rewrite by hand`;
    }
    category = categories.locals[use.text];
    method = member.child('property').text;
  }
  const call = member.parent;
  if (call?.type !== 'call_expression' || call.child('function')?.start !== member.start) {
    return `${member.text} is used other than as a call: rewrite by hand`;
  }
  const args = call.child('arguments').namedChildren.filter((c) => c.type !== 'comment');
  const name = `${category}.${method}`;
  if (args.length !== call.child('arguments').namedChildren.length) {
    return `${name} with a comment among its arguments: rewrite by hand`;
  }
  // bypassCache means nothing on the server, where the user always comes from the request's cookies.
  const bypass = args.length === 1 && args[0].type === 'object' && args[0].namedChildren.length === 1
    && args[0].namedChildren[0].type === 'pair' && args[0].namedChildren[0].child('key').text === 'bypassCache';
  if (category === 'Auth' && ['currentAuthenticatedUser', 'currentUserPoolUser'].includes(method) && (args.length === 0 || bypass)) {
    return { node: call, fn: 'getCurrentUser', tail: '', check: CHECKS.user };
  }
  if (name === 'Auth.currentSession' && args.length === 0) {
    return sessionCall(call, use);
  }
  if (name === 'API.graphql' && args.length === 1) {
    const options = graphqlOptions(args[0], api);
    if (typeof options === 'string') {
      return options;
    }
    return { node: call, client: true, args: (slice) => `${CONTEXT}, ${options.build(slice)}`, removes: options.removes, check: CHECKS.graphql };
  }
  if (category === 'DataStore') {
    return `${member.text} on the server has no v6 form: query the Gen 2 data client with contextSpec by hand (SSR-09, spec §15)`;
  }
  if (category === 'Storage') {
    return `${member.text} on the server: use getUrl, list … from aws-amplify/storage/server with contextSpec and a path by hand (SSR-06, spec §10.1)`;
  }
  return `${member.text} has no mechanical server form: rewrite it inside runWithAmplifyServerContext by hand`;
}

/** What a person checks after each kind of server call, in the marker. */
const CHECKS = {
  user: 'getCurrentUser() resolves { username, userId, signInDetails }, without attributes (SSR-03)',
  probe: 'the signed-in check calls getCurrentUser(), since fetchAuthSession() no longer throws when signed out (SSR-04, AUTH-16)',
  token: 'the token is undefined when no user is signed in, where v5 threw (SSR-04, TOK-09)',
  graphql: 'reqResBasedClient.graphql resolves the same { data } as v5 (SSR-05)',
};

/** The session reads v6 has a direct form for: the getter of v5 and the optional chain on fetchAuthSession's tokens. */
const TOKENS = { getIdToken: 'idToken', getAccessToken: 'accessToken' };

/**
 * Returns the v6 form of SSR.Auth.currentSession(): as a signed-in check (`await …;`) getCurrentUser, for a token
 * read ((await …).getIdToken().getJwtToken() or .payload) fetchAuthSession's tokens; any other use of the session
 * object is left to a person, since a CognitoUserSession has no v6 counterpart.
 */
function sessionCall(call, use) {
  const awaited = call.parent?.type === 'await_expression' ? call.parent : null;
  if (awaited?.parent?.type === 'expression_statement') {
    return { node: call, fn: 'getCurrentUser', tail: '', check: CHECKS.probe };
  }
  const paren = awaited?.parent?.type === 'parenthesized_expression' ? awaited.parent : null;
  const getter = paren?.parent?.type === 'member_expression' ? paren.parent : null;
  const getterCall = getter?.parent?.type === 'call_expression' ? getter.parent : null;
  const read = getterCall?.parent?.type === 'member_expression' ? getterCall.parent : null;
  const token = getter && TOKENS[getter.child('property').text];
  if (token && getterCall.child('arguments').namedChildren.length === 0 && read) {
    const property = read.child('property').text;
    const readCall = read.parent?.type === 'call_expression' ? read.parent : null;
    if (property === 'payload') {
      return { node: read, fn: 'fetchAuthSession', wrap: `.tokens?.${token}?.payload`, check: CHECKS.token };
    }
    if (property === 'getJwtToken' && readCall && readCall.child('arguments').namedChildren.length === 0) {
      return { node: readCall, fn: 'fetchAuthSession', wrap: `.tokens?.${token}?.toString()`, check: CHECKS.token };
    }
  }
  return `${call.text} whose session object is used: fetchAuthSession(contextSpec) resolves { tokens }, rewrite by hand (SSR-04, spec §4.4)`;
}

/**
 * Returns how to write the options of reqResBasedClient.graphql from the argument of SSR.API.graphql (given the text
 * of a node as it reads after moving), or why it cannot be had.
 */
function graphqlOptions(arg, api) {
  if (arg.type === 'call_expression' && api.isSymbol(arg.child('function'), 'graphqlOperation')) {
    const opArgs = arg.child('arguments').namedChildren.filter((c) => c.type !== 'comment');
    if (opArgs.length !== arg.child('arguments').namedChildren.length || opArgs.length < 1 || opArgs.length > 2) {
      return 'SSR.API.graphql(graphqlOperation(…)) with an auth token or comments: rewrite by hand (SSR-05)';
    }
    const build = (slice) => `{ query: ${slice(opArgs[0])}${opArgs[1] ? `, variables: ${slice(opArgs[1])}` : ''} }`;
    return { build, removes: ['graphqlOperation'] };
  }
  if (arg.type !== 'object') {
    return 'SSR.API.graphql with options built elsewhere: rewrite with reqResBasedClient.graphql(contextSpec, …) by hand (SSR-05)';
  }
  let mode = null;
  for (const p of arg.namedChildren) {
    if (p.type === 'comment') {
      continue;
    }
    const key = p.type === 'pair' ? p.child('key').text : p.type === 'shorthand_property_identifier' ? p.text : null;
    if (!['query', 'variables', 'authMode', 'authToken'].includes(key)) {
      return `SSR.API.graphql with ${key ? `the option ${key}` : 'a spread or computed option'}: rewrite by hand (SSR-05)`;
    }
    if (key === 'authMode') {
      const value = p.type === 'pair' ? p.child('value') : null;
      const v5 = value && (value.type === 'string' ? value.text.slice(1, -1)
        : value.type === 'member_expression' && api.isSymbol(value.child('object'), 'GRAPHQL_AUTH_MODE') ? value.child('property').text : null);
      if (!v5 || !Object.hasOwn(AUTH_MODES, v5)) {
        return 'SSR.API.graphql with an authMode that is not a literal v5 mode: rewrite by hand (SSR-05, GQL-05)';
      }
      const quote = value.type === 'string' ? value.text[0] : "'";
      mode = { node: value, text: quote + AUTH_MODES[v5] + quote };
    }
  }
  const build = (slice) => {
    if (!mode) {
      return slice(arg);
    }
    const text = slice(arg);
    const at = slice.offset(mode.node.start) - slice.offset(arg.start);
    return text.slice(0, at) + mode.text + text.slice(at + mode.node.text.length);
  };
  return { build, removes: mode?.node.type === 'member_expression' ? ['GRAPHQL_AUTH_MODE'] : [] };
}

/** Writes the planned rewrite: the operation around the rest of the body, the server calls, imports and the utility module. */
function write(plan, api) {
  const { statement, fn, server, calls, text, restStart, restEnd } = plan;
  const utility = utilityModule(api);
  const module = api.project.pathToRoot(utility.importPath);
  const removes = new Set();
  const names = new Map();
  // A file whose browser code uses Auth gets getCurrentUser … from aws-amplify/auth too: the server ones take other names.
  const clientAuth = api.find({ symbol: 'Auth' }).length > 0;
  for (const c of calls) {
    if (c.fn && !names.has(c.fn)) {
      const alias = clientAuth ? `server${c.fn[0].toUpperCase()}${c.fn.slice(1)}` : undefined;
      names.set(c.fn, api.addImport(c.fn, 'aws-amplify/auth/server', alias));
    }
    (c.removes ?? []).forEach((r) => removes.add(r));
  }
  const run = api.addImport('runWithAmplifyServerContext', module);
  const client = calls.some((c) => c.client) ? api.addImport('reqResBasedClient', module) : null;
  const indent = indentOf(text, statement.start);
  const unit = indentUnit(text, fn, indent);
  // The statements after the declaration move two levels deeper, into the operation; each SSR call is replaced there.
  const moved = indented(text, restStart, restEnd, unit + unit, templateRanges(statement.parent, api));
  let rest = moved.text;
  for (const c of [...calls].sort((a, b) => b.node.start - a.node.start)) {
    const from = moved.offset(c.node.start);
    const to = moved.offset(c.node.end, /* end= */ true);
    let replacement;
    if (c.client) {
      replacement = `${client}.graphql(${c.args(moved.slice)})`;
    } else if (c.wrap) {
      replacement = `(await ${names.get(c.fn)}(${CONTEXT}))${c.wrap}`;
    } else {
      replacement = `${names.get(c.fn)}(${CONTEXT})`;
    }
    rest = rest.slice(0, from) + replacement + rest.slice(to);
  }
  const semi = statement.text.trimEnd().endsWith(';') ? ';' : '';
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = [
    `return ${run}({`,
    `${indent}${unit}nextServerContext: ${server.context},`,
    `${indent}${unit}operation: async (${CONTEXT}) => {`,
    `${indent}${unit}${unit}${rest}`,
    `${indent}${unit}},`,
    `${indent}})${semi}`,
  ];
  api.replace({ start: statement.start, end: restEnd }, lines.join(newline));
  if (server.edit) {
    api.insertAfter(server.edit.after, server.edit.text);
  }
  api.removeImportIfUnused('withSSRContext', 'aws-amplify');
  for (const r of removes) {
    REMOVED_FROM[r].forEach((m) => api.removeImportIfUnused(r, m));
  }
  const install = api.project.hasDependency('@aws-amplify/adapter-nextjs') ? ''
    : 'add @aws-amplify/adapter-nextjs to the dependencies in package.json (PKG-11)';
  api.createFile(utility.path, utility.text(needsClient(api)), install);
  api.flag(plan.call, reviewReason(calls), 'REVIEW');
}

/** Writes the App Router form: each SSR call in place as its own operation with the request's cookies (SSR-07). */
function writeAppRouter(plan, api) {
  const { statement, fn, calls, request } = plan;
  const text = rootOf(statement).text;
  const utility = utilityModule(api);
  const module = api.project.pathToRoot(utility.importPath);
  const clientAuth = api.find({ symbol: 'Auth' }).length > 0;
  const names = new Map();
  for (const c of calls) {
    if (!names.has(c.fn)) {
      const alias = clientAuth ? `server${c.fn[0].toUpperCase()}${c.fn.slice(1)}` : undefined;
      names.set(c.fn, api.addImport(c.fn, 'aws-amplify/auth/server', alias));
    }
  }
  const run = api.addImport('runWithAmplifyServerContext', module);
  const cookies = api.addImport('cookies', 'next/headers');
  const context = cookies === 'cookies' ? '{ cookies }' : `{ cookies: ${cookies} }`;
  const unit = indentUnit(text, fn, indentOf(text, statement.start));
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  for (const c of calls) {
    const indent = indentOf(text, c.node.start);
    const runCall = [
      `${run}({`,
      `${indent}${unit}nextServerContext: ${context},`,
      `${indent}${unit}operation: (${CONTEXT}) => ${names.get(c.fn)}(${CONTEXT}),`,
      `${indent}})`,
    ].join(newline);
    api.replace(c.node, c.wrap ? `(await ${runCall})${c.wrap}` : runCall);
    api.flag(c.node, reviewReason([c], 'check the server call: it runs in runWithAmplifyServerContext with the request cookies (SSR-07)'), 'REVIEW');
  }
  api.remove(statement);
  if (request) {
    api.remove(request);
    api.removeImportIfUnused('headers', 'next/headers');
  }
  api.removeImportIfUnused('withSSRContext', 'aws-amplify');
  const install = api.project.hasDependency('@aws-amplify/adapter-nextjs') ? ''
    : 'add @aws-amplify/adapter-nextjs to the dependencies in package.json (PKG-11)';
  api.createFile(utility.path, utility.text(needsClient(api)), install);
}

/** Returns the marker text of a rewrite: what to check, by the server calls it wrote. */
function reviewReason(calls, first = 'check the operation: the server calls take contextSpec and work only inside it') {
  const checks = [first];
  for (const c of calls) {
    if (!checks.includes(c.check)) {
      checks.push(c.check);
    }
  }
  return checks.join('; ');
}

/**
 * Returns text[start, end) with `add` before every line but the first (blank lines and lines inside template literals
 * excepted), and how offsets of the file map into it: offset(o), and slice(node) for a node's text as moved.
 */
function indented(text, start, end, add, templates) {
  const inserts = [];
  for (let p = text.indexOf('\n', start); p >= 0 && p + 1 < end; p = text.indexOf('\n', p + 1)) {
    const lineStart = p + 1;
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (/^[ \t]*\r?$/.test(line) || templates.some((t) => t.start < lineStart && lineStart < t.end)) {
      continue;
    }
    inserts.push(lineStart);
  }
  let out = '';
  let at = start;
  for (const p of inserts) {
    out += text.slice(at, p) + add;
    at = p;
  }
  out += text.slice(at, end);
  // A node starting where a line starts begins after the added indentation; one ending there, before it.
  const offset = (o, isEnd = false) => o - start + add.length * inserts.filter((p) => (isEnd ? p < o : p <= o)).length;
  const slice = (node) => out.slice(offset(node.start), offset(node.end, true));
  slice.offset = (o) => offset(o);
  return { text: out, offset, slice };
}

/** Where the server utility module goes: beside pages/ or app/, in src/ for a src layout; .ts in a TypeScript project. */
function utilityModule(api) {
  const srcLayout = !api.project.exists('pages') && !api.project.exists('app')
    && (api.project.exists('src/pages') || api.project.exists('src/app'));
  const dir = srcLayout ? 'src/utils' : 'utils';
  const ext = api.project.exists('tsconfig.json') ? 'ts' : 'js';
  const toRoot = srcLayout ? '../..' : '..';
  return {
    path: `${dir}/${UTILITY}.${ext}`,
    importPath: `${dir}/${UTILITY}`,
    text: (client) => [
      '// The Amplify server context for Next.js server code (written by remold, spec §16).',
      "import { createServerRunner } from '@aws-amplify/adapter-nextjs';",
      ...(client ? ["import { generateServerClientUsingReqRes } from '@aws-amplify/adapter-nextjs/data';"] : []),
      `import outputs from '${toRoot}/amplify_outputs.json';`,
      '',
      'export const { runWithAmplifyServerContext } = createServerRunner({',
      '  config: outputs,',
      '});',
      ...(client ? [
        '',
        '// GraphQL on the server: reqResBasedClient.graphql(contextSpec, { query, variables }).',
        'export const reqResBasedClient = generateServerClientUsingReqRes({',
        '  config: outputs,',
        '});',
      ] : []),
      '',
    ].join('\n'),
  };
}

/**
 * Returns whether server code of the project calls API.graphql through withSSRContext: every file that asks for the
 * utility module must ask for the same text, so the answer is the project's, not the file's.
 */
function needsClient(api) {
  return api.project.codeMatches('withSSRContext[\\s\\S]*\\bAPI\\s*\\.\\s*graphql\\s*\\(');
}

/** Returns the ranges of template literals inside a node. */
function templateRanges(node, api) {
  return api.find({ kind: 'template_string' }, node).map((m) => ({ start: m.node.start, end: m.node.end }));
}

/** Returns whether a name occurs as an identifier in a node (comments and strings do not count). */
function declares(node, name, api) {
  if (!new RegExp(`\\b${name}\\b`).test(node.text)) {
    return false;
  }
  const kinds = ['identifier', 'shorthand_property_identifier_pattern', 'shorthand_property_identifier'];
  return api.find({ any: kinds.map((kind) => ({ kind, regex: `^${name}$` })) }, node).length > 0;
}

function parametersOf(fn) {
  const single = fn.child('parameter');
  if (single) {
    return [single];
  }
  return (fn.child('parameters')?.namedChildren ?? []).filter((c) => c.type !== 'comment');
}

/** Returns the binding pattern of a parameter (TypeScript wraps it with its type). */
function patternOf(param) {
  return ['required_parameter', 'optional_parameter'].includes(param.type) ? param.child('pattern') : param;
}

function isFunction(node) {
  return ['function_declaration', 'function_expression', 'arrow_function', 'function', 'method_definition',
    'generator_function_declaration'].includes(node?.type);
}

function rootOf(node) {
  while (node.parent) {
    node = node.parent;
  }
  return node;
}

/** Returns the first offset from `at` (forward) or before `at` (backward, the end of the last non-space) past whitespace. */
function skipSpace(text, at, dir) {
  if (dir > 0) {
    while (at < text.length && /\s/.test(text[at])) {
      at++;
    }
    return at;
  }
  while (at > 0 && /\s/.test(text[at - 1])) {
    at--;
  }
  return at;
}

function indentOf(text, offset) {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))[0];
}

/** Returns one level of indentation: the statement's indentation beyond its function's, else two spaces. */
function indentUnit(text, fn, indent) {
  const outer = indentOf(text, fn.start);
  return indent.startsWith(outer) && indent.length > outer.length ? indent.slice(outer.length) : '  ';
}
