import { getCurrentUser } from 'aws-amplify/auth';

// Reads of the v5 CognitoUser (spec §4.3) on the result of currentAuthenticatedUser.
export async function loadProfile() {
  // TODO(amplify-migrate): AUTH-14 getCurrentUser() resolves { username, userId, signInDetails }: attributes come from fetchUserAttributes(), tokens from fetchAuthSession(); it throws UserUnAuthenticatedException instead of a string (spec §4.3)
  const user = await getCurrentUser();
  return {
    id: user.userId, // USR-02
    flow: user.signInDetails?.authFlowType, // USR-10
    // TODO(amplify-migrate): USR-03 the v6 user has no attributes: read them with fetchUserAttributes() (import it from 'aws-amplify/auth'); values stay strings ('true')
    email: user.attributes.email, // USR-03
    // TODO(amplify-migrate): USR-05 tokens come from (await fetchAuthSession()).tokens?.idToken / accessToken (toString() for the JWT, payload for claims)
    token: user.signInUserSession.idToken.jwtToken, // USR-05
    // TODO(amplify-migrate): USR-11 the v6 user does not expose pool
    pool: user.pool.getClientId(), // USR-11
  };
}

export function watchEmail(setEmail) {
  // TODO(amplify-migrate): AUTH-14 getCurrentUser() resolves { username, userId, signInDetails }: attributes come from fetchUserAttributes(), tokens from fetchAuthSession(); it throws UserUnAuthenticatedException instead of a string (spec §4.3)
  // TODO(amplify-migrate): USR-03 the v6 user has no attributes: read them with fetchUserAttributes() (import it from 'aws-amplify/auth'); values stay strings ('true')
  getCurrentUser().then((current) => setEmail(current.attributes.email));
}

// Not from Amplify: an object of the app's own with the same field names stays as it is.
export const localUser = { attributes: { sub: 'x' } };
export const localSub = localUser.attributes.sub;
