import { Auth } from 'aws-amplify';

// The module declares its own signIn: the Amplify one is imported under an alias.
export async function signIn(user, password) {
  const result = await Auth.signIn(user, password);
  return Boolean(result);
}
