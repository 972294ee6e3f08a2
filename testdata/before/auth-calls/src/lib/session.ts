import { Auth } from '@aws-amplify/auth';

// The result of signIn is read: the rewrite is flagged for review (AUTH-04, spec §4.2).
export async function login(user: string, pass: string): Promise<boolean> {
  const cognitoUser = await Auth.signIn(user, pass);
  return cognitoUser.challengeName === undefined;
}

// Nested calls are both rewritten; comments inside captured arguments survive.
export async function nested(u: string, p: string) {
  return Auth.signIn(Auth.forgotPassword(u /* the user name */), p);
}
