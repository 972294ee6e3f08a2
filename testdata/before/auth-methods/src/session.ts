import { Auth } from 'aws-amplify';

// AUTH-14, AUTH-15: the user object changed shape, so these are marked for review.
export async function currentUser() {
  const user = await Auth.currentAuthenticatedUser();
  return user.username;
}

export async function poolUser() {
  return Auth.currentUserPoolUser();
}

// TOK-09, TOK-10, TOK-03, TOK-04: token chains keep working on the v6 session.
export async function idToken(): Promise<string | undefined> {
  return (await Auth.currentSession()).getIdToken().getJwtToken();
}

export async function authHeader() {
  return { Authorization: `Bearer ${(await Auth.currentSession()).getAccessToken().getJwtToken()}` };
}

export async function groups() {
  const claims = (await Auth.currentSession()).getAccessToken().payload;
  const profile = (await Auth.currentSession()).getIdToken().payload;
  return { claims, profile };
}

// AUTH-16, AUTH-17, AUTH-18: sessions and credentials.
export async function isSignedIn() {
  try {
    await Auth.currentSession();
    return true;
  } catch {
    return false;
  }
}

export async function sessionOf(user: unknown) {
  return Auth.userSession(user);
}

export async function credentials() {
  return Auth.currentCredentials();
}

export async function userCredentials() {
  return Auth.currentUserCredentials();
}

// AUTH-32, AUTH-33
export async function preferredMfa(user: unknown) {
  const preferred = await Auth.getPreferredMFA(user);
  const options = await Auth.getMFAOptions(user);
  return { preferred, options };
}

// AUTH-16: the session object itself changed shape; marked for review.
export async function sessionNow() {
  return Auth.currentSession();
}
