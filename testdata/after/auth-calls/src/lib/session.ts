import { signIn, resetPassword } from 'aws-amplify/auth';

// The result of signIn is read: the rewrite is flagged for review (AUTH-04, spec §4.2).
export async function login(user: string, pass: string): Promise<boolean> {
  // TODO(amplify-migrate): AUTH-04 signIn now resolves { isSignedIn, nextStep } instead of a CognitoUser: check challengeName and user reads (spec §4.2, §4.3)
  const cognitoUser = await signIn({ username: user, password: pass });
  return cognitoUser.challengeName === undefined;
}

// Nested calls are both rewritten; comments inside captured arguments survive.
export async function nested(u: string, p: string) {
  return signIn({ username: resetPassword({ username: u /* the user name */ }), password: p });
}
