import { signIn as amplifySignIn } from 'aws-amplify/auth';

// The module declares its own signIn: the Amplify one is imported under an alias.
export async function signIn(user, password) {
  // TODO(amplify-migrate): AUTH-04 signIn now resolves { isSignedIn, nextStep } instead of a CognitoUser: check challengeName and user reads (spec §4.2, §4.3)
  // NOTE(amplify-migrate): AUTH-04 v6 signIn returns nextStep instead of throwing UserNotConfirmedException or PasswordResetRequiredException, and throws UserAlreadyAuthenticatedException when a user is signed in (ERR-04, ERR-07)
  const result = await amplifySignIn({ username: user, password });
  return Boolean(result);
}
