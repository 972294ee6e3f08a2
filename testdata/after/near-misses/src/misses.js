import { Auth } from 'aws-amplify';
import { getCurrentUser } from 'aws-amplify/auth';

// No rule rewrites these shapes: each Amplify call is flagged for a person, `other.Auth` is not Amplify.
export function misses(other, args, u) {
  other.Auth.signIn(u, 'x');
  // TODO(amplify-migrate): AUTH-41 Auth.signIn has no automatic rewrite (unknown method or argument shape): move it to the v6 functions of aws-amplify/auth (spec §4.1)
  Auth.signIn(u);
  // TODO(amplify-migrate): AUTH-41 Auth.signIn has no automatic rewrite (unknown method or argument shape): move it to the v6 functions of aws-amplify/auth (spec §4.1)
  Auth.signIn(...args);
  // TODO(amplify-migrate): AUTH-41 Auth.forgotPassword has no automatic rewrite (unknown method or argument shape): move it to the v6 functions of aws-amplify/auth (spec §4.1)
  Auth.forgotPassword();
  // TODO(amplify-migrate): AUTH-41 Auth.signIn has no automatic rewrite (unknown method or argument shape): move it to the v6 functions of aws-amplify/auth (spec §4.1)
  Auth.signIn(u, 'a', 'b', 'c');
  // TODO(amplify-migrate): AUTH-14 getCurrentUser() resolves { username, userId, signInDetails }: attributes come from fetchUserAttributes(), tokens from fetchAuthSession(); it throws UserUnAuthenticatedException instead of a string (spec §4.3)
  return getCurrentUser();
}
