import { signOut } from 'aws-amplify/auth';

// The parameter shadows the import inside `withClient`; only the outer call is Amplify's.
export function withClient(Auth) {
  return Auth.signOut();
}

export const leave = () => signOut();
