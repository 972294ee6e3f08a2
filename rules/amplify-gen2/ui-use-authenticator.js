// What useAuthenticator() returns, renamed in @aws-amplify/ui-react 6, ui-react-native 2 and ui-vue 4
// (spec §17.1 UI-05…UI-07, §17.2 UIV-03): the routes 'resetPassword' and 'setupTOTP' are now
// 'forgotPassword' and 'setupTotp', toResetPassword is toForgotPassword and unverifiedContactMethods
// is unverifiedUserAttributes. The result is followed wherever it goes in the file: destructured
// (`const { route, toResetPassword } = useAuthenticator(…)`, the old local names are kept), held in a
// variable (`auth.route`, `auth.toResetPassword()`) or read at once (`useAuthenticator().route`). A
// route is renamed only where it is compared with the literal (===, !==, ==, != or a switch case).
export const meta = {
  id: 'ui-use-authenticator',
  description: "useAuthenticator(): route 'resetPassword' → 'forgotPassword', 'setupTOTP' → 'setupTotp', toResetPassword → toForgotPassword, unverifiedContactMethods → unverifiedUserAttributes",
  safety: 'SAFE',
  spec: ['UI-05', 'UI-06', 'UI-07', 'UIV-03'],
  prefilter: ['useAuthenticator'],
  imports: ['@aws-amplify/ui-react', '@aws-amplify/ui-react-native', '@aws-amplify/ui-vue'],
};

const HOOK = ['@aws-amplify/ui-react#useAuthenticator', '@aws-amplify/ui-react-native#useAuthenticator',
  '@aws-amplify/ui-vue#useAuthenticator'];
const ROUTES = { resetPassword: 'forgotPassword', setupTOTP: 'setupTotp' };
const MEMBERS = { toResetPassword: 'toForgotPassword', unverifiedContactMethods: 'unverifiedUserAttributes' };

export function transform(file, api) {
  for (const { node, captures } of api.find('$HOOK($$$ARGS)')) {
    if (!api.isSymbol(captures.HOOK, ...HOOK)) {
      continue;
    }
    const parent = node.parent;
    if (parent.type === 'member_expression' && parent.child('object').start === node.start) {
      member(parent, api);
    } else if (parent.type === 'variable_declarator' && parent.child('value')?.start === node.start) {
      const name = parent.child('name');
      if (name.type === 'identifier') {
        for (const use of references(name, api)) {
          if (use.parent.type === 'member_expression' && use.parent.child('object').start === use.start) {
            member(use.parent, api);
          }
        }
      } else if (name.type === 'object_pattern') {
        destructured(name, api);
      }
    }
  }
}

/** `x.route`, `x.toResetPassword`, `x.unverifiedContactMethods` on the hook's result. */
function member(expr, api) {
  const property = expr.child('property');
  if (MEMBERS[property.text]) {
    api.replace(property, MEMBERS[property.text]);
  } else if (property.text === 'route') {
    routeCompared(expr, api);
  }
}

/** `{ route, toResetPassword, unverifiedContactMethods: u }`: keys renamed, the local names stay. */
function destructured(pattern, api) {
  for (const entry of pattern.namedChildren) {
    if (entry.type === 'shorthand_property_identifier_pattern') {
      if (MEMBERS[entry.text]) {
        api.replace(entry, `${MEMBERS[entry.text]}: ${entry.text}`);
      } else if (entry.text === 'route') {
        references(entry, api).forEach((use) => routeCompared(use, api));
      }
    } else if (entry.type === 'pair_pattern') {
      const key = entry.child('key');
      const value = entry.child('value');
      if (MEMBERS[key.text]) {
        api.replace(key, MEMBERS[key.text]);
      } else if (key.text === 'route' && value.type === 'identifier') {
        references(value, api).forEach((use) => routeCompared(use, api));
      }
    }
  }
}

/** Renames the route literal that an expression holding the route is compared with. */
function routeCompared(expr, api) {
  const parent = expr.parent;
  if (parent.type === 'binary_expression' && /^[!=]==?$/.test(parent.child('operator').text)) {
    const other = parent.child('left').start === expr.start ? parent.child('right') : parent.child('left');
    renameRoute(other, api);
  } else if (parent.type === 'parenthesized_expression' && parent.parent.type === 'switch_statement') {
    for (const { node } of api.find({ kind: 'switch_case' }, parent.parent.child('body'))) {
      renameRoute(node.child('value'), api);
    }
  }
}

function renameRoute(literal, api) {
  const renamed = literal?.type === 'string' ? ROUTES[literal.text.slice(1, -1)] : null;
  if (renamed) {
    api.replace(literal, literal.text[0] + renamed + literal.text[0]);
  }
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
