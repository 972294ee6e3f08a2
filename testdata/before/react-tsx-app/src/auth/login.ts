import { Auth } from 'aws-amplify';

export type LoginResult = 'ok' | 'unconfirmed' | 'bad-password' | 'error';

// ERR-01 and ERR-04: error codes around Amplify calls.
export async function login(email: string, password: string): Promise<LoginResult> {
  try {
    await Auth.signIn(email, password);
    return 'ok';
  } catch (err: any) {
    if (err.code === 'UserNotConfirmedException') {
      return 'unconfirmed';
    }
    if (err.code === 'NotAuthorizedException') {
      return 'bad-password';
    }
    return 'error';
  }
}

export async function requestCode(email: string) {
  try {
    await Auth.forgotPassword(email);
  } catch (error: any) {
    if (error.code === 'LimitExceededException') {
      throw new Error('Too many attempts, try later');
    }
    throw error;
  }
}

// ERR-03: v5 rejected with a string when nobody was signed in.
export async function whoAmI() {
  try {
    const { username } = await Auth.currentAuthenticatedUser();
    return username;
  } catch (e) {
    if (e === 'The user is not authenticated') {
      return undefined;
    }
    throw e;
  }
}
