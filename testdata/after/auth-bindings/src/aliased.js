import { signOut } from 'aws-amplify/auth';

// An aliased import is still Amplify's Auth (AUTH-09).
export const leave = () => signOut();
