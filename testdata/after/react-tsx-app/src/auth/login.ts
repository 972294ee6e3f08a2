import { signIn, resetPassword, getCurrentUser } from 'aws-amplify/auth';

export type LoginResult = 'ok' | 'unconfirmed' | 'bad-password' | 'error';

// ERR-01 and ERR-04: error codes around Amplify calls.
export async function login(email: string, password: string): Promise<LoginResult> {
  try {
    // NOTE(amplify-migrate): AUTH-04 v6 signIn returns nextStep instead of throwing UserNotConfirmedException or PasswordResetRequiredException, and throws UserAlreadyAuthenticatedException when a user is signed in (ERR-04, ERR-07)
    await signIn({ username: email, password });
    return 'ok';
  } catch (err: any) {
    // TODO(amplify-migrate): ERR-04 v6 signIn does not throw UserNotConfirmedException: it resolves with nextStep.signInStep 'CONFIRM_SIGN_UP' or 'RESET_PASSWORD'; move this branch there
    if (err.name === 'UserNotConfirmedException') {
      return 'unconfirmed';
    }
    if (err.name === 'NotAuthorizedException') {
      return 'bad-password';
    }
    return 'error';
  }
}

export async function requestCode(email: string) {
  try {
    await resetPassword({ username: email });
  } catch (error: any) {
    if (error.name === 'LimitExceededException') {
      throw new Error('Too many attempts, try later');
    }
    throw error;
  }
}

// ERR-03: v5 rejected with a string when nobody was signed in.
export async function whoAmI() {
  try {
    // TODO(amplify-migrate): AUTH-14 getCurrentUser() resolves { username, userId, signInDetails }: attributes come from fetchUserAttributes(), tokens from fetchAuthSession(); it throws UserUnAuthenticatedException instead of a string (spec §4.3)
    const { username } = await getCurrentUser();
    return username;
  } catch (e) {
    if (e instanceof Error && e.name === 'UserUnAuthenticatedException') {
      return undefined;
    }
    throw e;
  }
}
