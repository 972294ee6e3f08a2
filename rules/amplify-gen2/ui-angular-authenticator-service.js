// What the AuthenticatorService of @aws-amplify/ui-angular holds, renamed in ui-angular 5 (spec §17.2 UIA-03):
// the routes 'resetPassword' and 'setupTOTP' are now 'forgotPassword' and 'setupTotp', toResetPassword is
// toForgotPassword, and user.attributes is gone (fetchUserAttributes()). The service is injected, so it is
// found by the type of a constructor parameter, then followed as `this.<name>` through the class.
// Templates hold the initialState and slot renames (UIA-01, UIA-02): the markup rules of ui-templates.yaml.
export const meta = {
  id: 'ui-angular-authenticator-service',
  description: "AuthenticatorService: route 'resetPassword' → 'forgotPassword', 'setupTOTP' → 'setupTotp', toResetPassword → toForgotPassword; flags user.attributes",
  safety: 'SAFE',
  spec: 'UIA-03',
  languages: ['ts'],
  prefilter: ['AuthenticatorService'],
  imports: ['@aws-amplify/ui-angular'],
};

const ROUTES = { resetPassword: 'forgotPassword', setupTOTP: 'setupTotp' };
const MEMBERS = { toResetPassword: 'toForgotPassword', unverifiedContactMethods: 'unverifiedUserAttributes' };

export function transform(file, api) {
  const service = api.bindingOf('AuthenticatorService');
  if (service?.kind !== 'import' || service.module !== '@aws-amplify/ui-angular' || service.name !== 'AuthenticatorService') {
    return;
  }
  for (const { node } of api.find({ kind: 'type_identifier', regex: '^AuthenticatorService$' })) {
    const parameter = node.parent?.parent;
    if (node.parent?.type !== 'type_annotation' || !['required_parameter', 'optional_parameter'].includes(parameter?.type)) {
      continue;
    }
    const name = parameter.child('pattern')?.text;
    const body = enclosing(parameter, 'class_body');
    if (!name || !body) {
      continue;
    }
    // `this.authenticator.x` anywhere in the class, and `authenticator.x` in the constructor itself.
    for (const { node: use } of api.find(`this.${name}.$MEMBER`, body)) {
      member(use, api);
    }
    const constructor = enclosing(parameter, 'method_definition');
    for (const { node: use } of constructor ? api.find(`${name}.$MEMBER`, constructor) : []) {
      member(use, api);
    }
  }
}

/** One read of the service: a renamed member, a route compared with a literal, or the user's attributes. */
function member(use, api) {
  const property = use.child('property');
  if (Object.hasOwn(MEMBERS, property.text)) {
    api.replace(property, MEMBERS[property.text]);
  } else if (property.text === 'route') {
    const compared = use.parent;
    if (compared.type === 'binary_expression' && /^[!=]==?$/.test(compared.child('operator').text)) {
      const other = compared.child('left').start === use.start ? compared.child('right') : compared.child('left');
      renameRoute(other, api);
    }
  } else if (property.text === 'user' && use.parent.type === 'member_expression' && use.parent.child('property').text === 'attributes') {
    api.flag(use.parent, "the user has no attributes in ui-angular 5: read them with fetchUserAttributes() from 'aws-amplify/auth'", 'REVIEW');
  }
}

function renameRoute(literal, api) {
  if (literal.type !== 'string') {
    return;
  }
  const value = literal.text.slice(1, -1);
  if (Object.hasOwn(ROUTES, value)) {
    api.replace(literal, literal.text[0] + ROUTES[value] + literal.text[0]);
  }
}

function enclosing(node, type) {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === type) {
      return n;
    }
  }
  return null;
}
