import AmplifyCore, { Auth } from 'aws-amplify';

// IMP-01 with another local name for the umbrella object.
AmplifyCore.configure({});
export const leave = () => Auth.signOut();
