import { Auth as AmplifyAuth } from 'aws-amplify';

// An aliased import is still Amplify's Auth (AUTH-09).
export const leave = () => AmplifyAuth.signOut();
