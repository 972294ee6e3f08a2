// Authenticator options renamed in @aws-amplify/ui-react 6 (spec §17.1, UI-02…UI-04, UI-10): the
// 'resetPassword' screen is now 'forgotPassword' and 'setupTOTP' is 'setupTotp', as an
// initialState value and as keys of components and formFields. The options are found on an
// <Authenticator> element and in the options argument of withAuthenticator(App, { … }), and when
// components or formFields name a const object of the file, in that object. Written in code because
// one JSX attribute, its expression container and a followed const are three places to look.
export const meta = {
  id: 'ui-authenticator-options',
  description: "Authenticator/withAuthenticator options: 'resetPassword' → 'forgotPassword', setupTOTP → setupTotp (initialState, components, formFields)",
  safety: 'SAFE',
  spec: ['UI-02', 'UI-03', 'UI-04', 'UI-10'],
  prefilter: ['Authenticator'],
  imports: ['@aws-amplify/ui-react'],
};

const INITIAL_STATE = { resetPassword: 'forgotPassword' };
const KEYS = {
  components: { ResetPassword: 'ForgotPassword', SetupTOTP: 'SetupTotp' },
  formFields: { resetPassword: 'forgotPassword', setupTOTP: 'setupTotp' },
};
const AUTHENTICATOR = ['@aws-amplify/ui-react#Authenticator'];
const WITH_AUTHENTICATOR = ['@aws-amplify/ui-react#withAuthenticator'];

export function transform(file, api) {
  for (const kind of ['jsx_opening_element', 'jsx_self_closing_element']) {
    for (const { node } of api.find({ kind })) {
      // A fragment (<>) has no name.
      if (!node.child('name') || !api.isSymbol(node.child('name'), ...AUTHENTICATOR)) {
        continue;
      }
      for (const attr of node.namedChildren.filter((c) => c.type === 'jsx_attribute')) {
        const [name, value] = attr.namedChildren;
        option(name.text, value?.type === 'jsx_expression' ? firstOf(value.namedChildren) : value, api);
      }
    }
  }
  for (const { captures } of api.find('$W($C, $OPTIONS)')) {
    if (captures.OPTIONS.type === 'object' && api.isSymbol(captures.W, ...WITH_AUTHENTICATOR)) {
      for (const member of captures.OPTIONS.namedChildren.filter((c) => c.type === 'pair')) {
        option(keyName(member.child('key')), member.child('value'), api);
      }
    }
  }
}

/** Renames the values or keys of one option, given its name and value expression. */
function option(name, value, api) {
  if (!value) {
    return;
  }
  if (name === 'initialState') {
    for (const literal of outcomes(value)) {
      const renamed = INITIAL_STATE[literal.text.slice(1, -1)];
      if (renamed) {
        api.replace(literal, literal.text[0] + renamed + literal.text[0]);
      }
    }
  }
  const keys = KEYS[name];
  const object = keys ? objectOf(value, api) : null;
  for (const member of object?.namedChildren ?? []) {
    if (member.type === 'pair' && keys[keyName(member.child('key'))]) {
      const key = member.child('key');
      const renamed = keys[keyName(key)];
      api.replace(key, key.type === 'string' ? key.text[0] + renamed + key.text[0] : renamed);
    } else if (member.type === 'shorthand_property_identifier' && keys[member.text]) {
      api.replace(member, `${keys[member.text]}: ${member.text}`);
    }
  }
}

/** Returns the string literals an expression may evaluate to: `'x'`, `a ? 'x' : 'y'`, `a ?? 'x'`, `a || 'x'`. */
function outcomes(value) {
  switch (value?.type) {
    case 'string':
      return [value];
    case 'parenthesized_expression':
      return outcomes(firstOf(value.namedChildren));
    case 'ternary_expression':
      return [...outcomes(value.child('consequence')), ...outcomes(value.child('alternative'))];
    case 'binary_expression':
      return ['??', '||'].includes(value.child('operator').text) ? outcomes(value.child('right')) : [];
    default:
      return [];
  }
}

/** Returns the object literal a value is, or the one a const of the file is initialised with. */
function objectOf(value, api) {
  if (value.type === 'object') {
    return value;
  }
  if (value.type !== 'identifier') {
    return null;
  }
  const binding = api.bindingOf(value);
  const declarator = binding?.kind === 'local' ? binding.declaration.parent : null;
  const init = declarator?.type === 'variable_declarator' ? declarator.child('value') : null;
  return init?.type === 'object' && declarator.parent.text.startsWith('const') ? init : null;
}

function keyName(key) {
  return key.type === 'string' ? key.text.slice(1, -1) : key.text;
}

/** Returns the first of a node list, or null (node lists are host arrays: reading past the end throws). */
function firstOf(nodes) {
  return nodes && nodes.length > 0 ? nodes[0] : null;
}
