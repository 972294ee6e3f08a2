import { signIn } from "aws-amplify/auth";

// A byte-order mark and no newline at the end.
// NOTE(amplify-migrate): AUTH-04 v6 signIn returns nextStep instead of throwing UserNotConfirmedException or PasswordResetRequiredException, and throws UserAlreadyAuthenticatedException when a user is signed in (ERR-04, ERR-07)
export const go = (u, p) => signIn({ username: u, password: p });