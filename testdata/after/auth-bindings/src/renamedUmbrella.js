import { Amplify as AmplifyCore } from 'aws-amplify';
import { signOut } from 'aws-amplify/auth';

// IMP-01 with another local name for the umbrella object.
AmplifyCore.configure({});
export const leave = () => signOut();
