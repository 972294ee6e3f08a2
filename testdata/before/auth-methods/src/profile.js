import { Auth } from 'aws-amplify';

// Reads of the v5 CognitoUser (spec §4.3) on the result of currentAuthenticatedUser.
export async function loadProfile() {
  const user = await Auth.currentAuthenticatedUser();
  return {
    id: user.attributes.sub, // USR-02
    flow: user.authenticationFlowType, // USR-10
    email: user.attributes.email, // USR-03
    token: user.signInUserSession.idToken.jwtToken, // USR-05
    pool: user.pool.getClientId(), // USR-11
  };
}

export function watchEmail(setEmail) {
  Auth.currentAuthenticatedUser().then((current) => setEmail(current.attributes.email));
}

// Not from Amplify: an object of the app's own with the same field names stays as it is.
export const localUser = { attributes: { sub: 'x' } };
export const localSub = localUser.attributes.sub;
