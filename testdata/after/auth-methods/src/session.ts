import { getCurrentUser, fetchAuthSession, fetchMFAPreference } from 'aws-amplify/auth';

// AUTH-14, AUTH-15: the user object changed shape, so these are marked for review.
export async function currentUser() {
  // TODO(amplify-migrate): AUTH-14 getCurrentUser() resolves { username, userId, signInDetails }: attributes come from fetchUserAttributes(), tokens from fetchAuthSession(); it throws UserUnAuthenticatedException instead of a string (spec §4.3)
  const user = await getCurrentUser();
  return user.username;
}

export async function poolUser() {
  // TODO(amplify-migrate): AUTH-15 getCurrentUser() resolves { username, userId, signInDetails }: attributes come from fetchUserAttributes() (spec §4.3)
  return getCurrentUser();
}

// TOK-09, TOK-10, TOK-03, TOK-04: token chains keep working on the v6 session.
export async function idToken(): Promise<string | undefined> {
  // NOTE(amplify-migrate): TOK-09 the token is undefined when no user is signed in, where v5 rejected
  return (await fetchAuthSession()).tokens?.idToken?.toString();
}

export async function authHeader() {
  // NOTE(amplify-migrate): TOK-10 the token is undefined when no user is signed in, where v5 rejected
  return { Authorization: `Bearer ${(await fetchAuthSession()).tokens?.accessToken?.toString()}` };
}

export async function groups() {
  // NOTE(amplify-migrate): TOK-04 the payload is undefined when no user is signed in, where v5 rejected
  const claims = (await fetchAuthSession()).tokens?.accessToken?.payload;
  // NOTE(amplify-migrate): TOK-03 the payload is undefined when no user is signed in, where v5 rejected
  const profile = (await fetchAuthSession()).tokens?.idToken?.payload;
  return { claims, profile };
}

// AUTH-16, AUTH-17, AUTH-18: sessions and credentials.
export async function isSignedIn() {
  try {
    // NOTE(amplify-migrate): AUTH-16 a signed-in check: v6 fetchAuthSession() no longer throws when signed out, getCurrentUser() does
    await getCurrentUser();
    return true;
  } catch {
    return false;
  }
}

export async function sessionOf(user: unknown) {
  // TODO(amplify-migrate): AUTH-17 fetchAuthSession() resolves { tokens, credentials, identityId } for the signed-in user (spec §4.4)
  return fetchAuthSession();
}

export async function credentials() {
  // TODO(amplify-migrate): AUTH-18 credentials no longer carry identityId or authenticated: read identityId and tokens from fetchAuthSession()
  return fetchAuthSession().then((session) => session.credentials);
}

export async function userCredentials() {
  // TODO(amplify-migrate): AUTH-18 credentials no longer carry identityId or authenticated: read identityId and tokens from fetchAuthSession()
  return fetchAuthSession().then((session) => session.credentials);
}

// AUTH-32, AUTH-33
export async function preferredMfa(user: unknown) {
  // TODO(amplify-migrate): AUTH-32 values changed: 'SOFTWARE_TOKEN_MFA' is now 'TOTP', 'SMS_MFA' is 'SMS', 'NOMFA' is undefined; update comparisons
  const preferred = (await fetchMFAPreference()).preferred;
  // TODO(amplify-migrate): AUTH-33 enabled is a list of 'SMS' | 'TOTP' | 'EMAIL', not [{ DeliveryMedium, AttributeName }]
  const options = (await fetchMFAPreference()).enabled;
  return { preferred, options };
}

// AUTH-16: the session object itself changed shape; marked for review.
export async function sessionNow() {
  // TODO(amplify-migrate): AUTH-16 fetchAuthSession() resolves (tokens undefined) when signed out instead of rejecting, and has tokens?.idToken / accessToken instead of getIdToken() (spec §4.4)
  return fetchAuthSession();
}
