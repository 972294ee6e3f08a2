import { Auth } from 'aws-amplify';

// No rule rewrites these shapes: each Amplify call is flagged for a person, `other.Auth` is not Amplify.
export function misses(other, args, u) {
  other.Auth.signIn(u, 'x');
  Auth.signIn(u);
  Auth.signIn(...args);
  Auth.forgotPassword();
  Auth.signIn(u, 'a', 'b', 'c');
  return Auth.currentAuthenticatedUser();
}
