import { Auth } from 'aws-amplify';

// The parameter shadows the import inside `withClient`; only the outer call is Amplify's.
export function withClient(Auth) {
  return Auth.signOut();
}

export const leave = () => Auth.signOut();
