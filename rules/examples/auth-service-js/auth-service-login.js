// authService.login(u, p) — the app's wrapper around Auth.signIn — becomes the v6 call itself.
// Code can do what the YAML version cannot: find the wrapper however the import path is spelled,
// and ask for a review only where the caller uses the result (signIn returns no user).
export const meta = {
  id: 'auth-service-login',
  description: 'authService.login(u, p) from src/services/auth becomes signIn({ username, password })',
  safety: 'SAFE',
  spec: 'AUTH-01',
};

export const match = '$SERVICE.login($USER, $PASSWORD)';

export function fix(match, api) {
  const { SERVICE, USER, PASSWORD } = match.captures;
  const binding = api.bindingOf(SERVICE);
  if (binding?.kind !== 'import' || !binding.module.endsWith('/services/auth')) {
    return; // another library's authService, or a local one
  }
  const signIn = api.addImport('signIn', 'aws-amplify/auth');
  api.removeImportIfUnused(binding.name, binding.module);
  if (!resultIsDropped(match.node)) {
    api.flag(match.node, 'signIn resolves to { isSignedIn, nextStep }, not a user: check what the caller does with the result');
  }
  return `${signIn}({ ${property('username', USER.text)}, ${property('password', PASSWORD.text)} })`;
}

/** `password: password` is written `password`. */
function property(key, value) {
  return key === value ? key : `${key}: ${value}`;
}

/** `await authService.login(u, p);` as a statement of its own: nobody reads what it resolves to. */
function resultIsDropped(call) {
  const awaited = call.parent.type === 'await_expression' ? call.parent : call;
  return awaited.parent.type === 'expression_statement';
}
