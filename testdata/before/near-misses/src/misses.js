import { Auth } from 'aws-amplify';

// None of these match a rule exactly, so the file stays byte-identical.
export function misses(other, args, u) {
  other.Auth.signIn(u, 'x');
  Auth.signIn(u);
  Auth.signIn(...args);
  Auth.forgotPassword();
  Auth.signIn(u, 'a', 'b', 'c');
  return Auth.currentAuthenticatedUser();
}
