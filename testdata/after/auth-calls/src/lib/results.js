import { signIn, resetPassword } from 'aws-amplify/auth';

// The result of signIn is read: the rewrite is flagged for review (AUTH-04, spec §4.2).
export async function login(user, pass) {
  // TODO(amplify-migrate): AUTH-04 signIn now resolves { isSignedIn, nextStep } instead of a CognitoUser: check challengeName and user reads (spec §4.2, §4.3)
  // NOTE(amplify-migrate): AUTH-04 v6 signIn returns nextStep instead of throwing UserNotConfirmedException or PasswordResetRequiredException, and throws UserAlreadyAuthenticatedException when a user is signed in (ERR-04, ERR-07)
  const cognitoUser = await signIn({ username: user, password: pass });
  return cognitoUser.challengeName === undefined;
}

// The delivery details changed shape (AUTH-11): flagged.
export async function sendCode(u) {
  // TODO(amplify-migrate): AUTH-11 resetPassword resolves { isPasswordReset, nextStep: { resetPasswordStep, codeDeliveryDetails } }, not { CodeDeliveryDetails }
  const delivery = await resetPassword({ username: u });
  return delivery.CodeDeliveryDetails.Destination;
}

// Nested calls are both rewritten; comments inside captured arguments survive.
export async function nested(u, p) {
  // NOTE(amplify-migrate): AUTH-04 v6 signIn returns nextStep instead of throwing UserNotConfirmedException or PasswordResetRequiredException, and throws UserAlreadyAuthenticatedException when a user is signed in (ERR-04, ERR-07)
  return signIn({ username: resetPassword({ username: u /* the user name */ }), password: p });
}
