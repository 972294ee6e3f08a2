// Auth Hub event names (spec §6.2, HUB-01): inside a listener attached to the 'auth' channel, the
// event names compared with `payload.event` are renamed, and the events v6 no longer sends are
// flagged. Written in code because the listener is found wherever it is defined: inline, a local
// function or const, or a method of the class (`Hub.listen('auth', this.onAuth)`).
export const meta = {
  id: 'hub-auth-events',
  description: "Renames auth Hub events in 'auth' listeners ('signIn' → 'signedIn' …), flags the removed ones",
  safety: 'SAFE',
  spec: 'HUB-01',
  // The listener is attached through the Hub symbol, which a file names wherever it imports it from.
  prefilter: ['Hub'],
  imports: ['aws-amplify', '@aws-amplify/core', 'aws-amplify/utils'],
};

export const match = "$HUB.listen('auth', $LISTENER)";

const RENAMED = {
  signIn: 'signedIn',
  signOut: 'signedOut',
  cognitoHostedUI: 'signInWithRedirect',
  cognitoHostedUI_failure: 'signInWithRedirect_failure',
};

const REMOVED = new Set([
  'signIn_failure', 'signUp', 'signUp_failure', 'confirmSignUp', 'completeNewPassword_failure', 'autoSignIn',
  'autoSignIn_failure', 'forgotPassword', 'forgotPassword_failure', 'forgotPasswordSubmit',
  'forgotPasswordSubmit_failure', 'verify', 'customState_failure', 'parsingCallbackUrl', 'userDeleted',
  'updateUserAttributes', 'updateUserAttributes_failure',
]);

export function fix(match, api) {
  const { HUB, LISTENER } = match.captures;
  if (!api.isSymbol(HUB, 'Hub', 'aws-amplify/utils#Hub')) {
    return;
  }
  // A listener we cannot see (a parameter, an import) leaves the whole file as the place to look.
  const scope = listenerOf(LISTENER, api) ?? rootOf(match.node);
  for (const { node } of api.find({ kind: 'string' }, scope)) {
    if (!comparedWithEvent(node)) {
      continue;
    }
    const name = node.text.slice(1, -1);
    const quote = node.text[0];
    if (Object.hasOwn(RENAMED, name)) {
      api.replace(node, quote + RENAMED[name] + quote);
    } else if (REMOVED.has(name)) {
      api.flag(node, `v6 sends no '${name}' auth event: move this logic next to the awaited call (e.g. autoSignIn() after confirmSignUp)`,
        'MANUAL');
    }
  }
}

/** Returns the function that listens: written inline, declared in this file, or a method of the enclosing class. */
function listenerOf(listener, api) {
  if (isFunction(listener)) {
    return listener;
  }
  if (listener.type === 'identifier') {
    const binding = api.bindingOf(listener);
    const decl = binding?.kind === 'local' ? binding.declaration : null;
    if (decl?.parent.type === 'function_declaration') {
      return decl.parent;
    }
    const value = decl?.parent.type === 'variable_declarator' ? decl.parent.child('value') : null;
    return value && isFunction(value) ? value : null;
  }
  if (listener.type === 'member_expression' && listener.child('object').type === 'this') {
    const name = listener.child('property').text;
    let cls = listener.parent;
    while (cls && cls.type !== 'class_body') {
      cls = cls.parent;
    }
    for (const member of cls?.namedChildren ?? []) {
      const key = member.child('name') ?? member.child('property');
      if (key?.text === name) {
        return member;
      }
    }
  }
  return null;
}

function isFunction(node) {
  return ['arrow_function', 'function_expression', 'function'].includes(node.type);
}

function rootOf(node) {
  while (node.parent) {
    node = node.parent;
  }
  return node;
}

/** `case 'signIn':` or `payload.event === 'signIn'`: the string is an event name, not any string. */
function comparedWithEvent(node) {
  const parent = node.parent;
  return parent.type === 'switch_case' || (parent.type === 'binary_expression' && /\bevent\b/.test(parent.text));
}
