import { Auth } from 'aws-amplify';

// The result of signIn is read: the rewrite is flagged for review (AUTH-04, spec §4.2).
export async function login(user, pass) {
  const cognitoUser = await Auth.signIn(user, pass);
  return cognitoUser.challengeName === undefined;
}

// The delivery details changed shape (AUTH-11): flagged.
export async function sendCode(u) {
  const delivery = await Auth.forgotPassword(u);
  return delivery.CodeDeliveryDetails.Destination;
}

// Nested calls are both rewritten; comments inside captured arguments survive.
export async function nested(u, p) {
  return Auth.signIn(Auth.forgotPassword(u /* the user name */), p);
}
