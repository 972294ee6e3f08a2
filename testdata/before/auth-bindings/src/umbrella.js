import Amplify from 'aws-amplify';
import config from './aws-exports';

// v4 default import (IMP-01) and Amplify.Auth through it (spec §0.3).
Amplify.configure(config);
export const leave = () => Amplify.Auth.signOut();
