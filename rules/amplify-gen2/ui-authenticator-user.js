// The user the UI libraries hand out is an AuthUser { username, userId, signInDetails } in v6 (spec
// §17.1 UI-08, USR-12, §17.2 UIV-03): reads of user.attributes are flagged wherever that user comes
// from: the render prop of <Authenticator>, the props of a component wrapped by withAuthenticator
// (declared in the same file), or useAuthenticator(). user.username needs nothing.
export const meta = {
  id: 'ui-authenticator-user',
  description: 'Flags user.attributes on the user of Authenticator, withAuthenticator and useAuthenticator (now an AuthUser)',
  safety: 'REVIEW',
  spec: ['UI-08', 'USR-12', 'UIV-03'],
  message: "the user is an AuthUser { username, userId, signInDetails } without attributes: read them with fetchUserAttributes() from 'aws-amplify/auth'",
  // Every user it flags comes from a symbol named *Authenticator (Authenticator, withAuthenticator, useAuthenticator).
  prefilter: ['Authenticator'],
  imports: ['@aws-amplify/ui-react', '@aws-amplify/ui-react-native', '@aws-amplify/ui-vue', 'aws-amplify-react',
    'aws-amplify-react-native'],
};

const AUTHENTICATOR = ['@aws-amplify/ui-react#Authenticator', '@aws-amplify/ui-react-native#Authenticator'];
const WITH_AUTHENTICATOR = ['@aws-amplify/ui-react#withAuthenticator', '@aws-amplify/ui-react-native#withAuthenticator',
  'aws-amplify-react#withAuthenticator', 'aws-amplify-react-native#withAuthenticator'];
const HOOK = ['@aws-amplify/ui-react#useAuthenticator', '@aws-amplify/ui-react-native#useAuthenticator',
  '@aws-amplify/ui-vue#useAuthenticator'];

export function transform(file, api) {
  const users = []; // expressions that hold the user
  for (const { node } of api.find({ kind: 'jsx_element' })) {
    const open = node.child('open_tag');
    if (open?.child('name') && api.isSymbol(open.child('name'), ...AUTHENTICATOR)) {
      for (const child of node.namedChildren.filter((c) => c.type === 'jsx_expression')) {
        const fn = firstOf(child.namedChildren);
        if (fn && ['arrow_function', 'function_expression'].includes(fn.type)) {
          props(firstParameter(fn), users, api);
        }
      }
    }
  }
  for (const { captures } of api.find('$W($C, $$$REST)')) {
    if (captures.C.type === 'identifier' && api.isSymbol(captures.W, ...WITH_AUTHENTICATOR)) {
      const component = componentOf(captures.C, api);
      if (component) {
        props(firstParameter(component), users, api);
      }
    }
  }
  for (const { node, captures } of api.find('$HOOK($$$ARGS)')) {
    if (api.isSymbol(captures.HOOK, ...HOOK)) {
      holder(node, users, api);
    }
  }
  const flagged = new Set(); // one marker per statement
  for (const user of users) {
    const read = user.parent;
    if (read.type === 'member_expression' && read.child('object').start === user.start && read.child('property').text === 'attributes'
        && !flagged.has(statementOf(read).start)) {
      flagged.add(statementOf(read).start);
      api.flag(read, meta.message, 'REVIEW');
    }
  }
}

function statementOf(node) {
  while (node.parent && !['statement_block', 'program', 'class_body', 'switch_case'].includes(node.parent.type)) {
    node = node.parent;
  }
  return node;
}

/** Adds the user of a props parameter: `{ user }`, `{ user: u }`, or `props` read as `props.user`. */
function props(param, users, api) {
  if (param?.type === 'object_pattern') {
    for (const entry of param.namedChildren) {
      if (entry.type === 'shorthand_property_identifier_pattern' && entry.text === 'user') {
        users.push(...references(entry, api));
      } else if (entry.type === 'pair_pattern' && entry.child('key').text === 'user' && entry.child('value').type === 'identifier') {
        users.push(...references(entry.child('value'), api));
      }
    }
  } else if (param?.type === 'identifier') {
    for (const use of references(param, api)) {
      if (use.parent.type === 'member_expression' && use.parent.child('property').text === 'user') {
        users.push(use.parent);
      }
    }
  }
}

/** Adds the user of what useAuthenticator() returns: read at once, destructured or held in a variable. */
function holder(call, users, api) {
  const parent = call.parent;
  if (parent.type === 'member_expression' && parent.child('property').text === 'user') {
    users.push(parent);
  } else if (parent.type === 'variable_declarator' && parent.child('value')?.start === call.start) {
    props(parent.child('name'), users, api);
  }
}

function firstParameter(fn) {
  const single = fn.child('parameter');
  if (single) {
    return single;
  }
  const first = firstOf(fn.child('parameters')?.namedChildren);
  return first?.type === 'required_parameter' || first?.type === 'optional_parameter' ? first.child('pattern') : first;
}

/** Returns the function a component name is declared as in this file: a function declaration or a const arrow. */
function componentOf(name, api) {
  const binding = api.bindingOf(name);
  const decl = binding?.kind === 'local' ? binding.declaration.parent : null;
  if (decl?.type === 'function_declaration') {
    return decl;
  }
  const value = decl?.type === 'variable_declarator' ? decl.child('value') : null;
  return value && ['arrow_function', 'function_expression'].includes(value.type) ? value : null;
}

/** Returns the identifiers of the file that refer to the name a declaration introduces. */
function references(declared, api) {
  const out = [];
  for (const { node } of api.find({ kind: 'identifier', regex: `^${declared.text}$` })) {
    const binding = node.start === declared.start ? null : api.bindingOf(node);
    if (binding?.kind === 'local' && binding.declaration.start === declared.start) {
      out.push(node);
    }
  }
  return out;
}

/** Returns the first of a node list, or null (node lists are host arrays: reading past the end throws). */
function firstOf(nodes) {
  return nodes && nodes.length > 0 ? nodes[0] : null;
}
