import { Amplify } from 'aws-amplify';
import outputs from '../amplify_outputs.json';
import { signOut } from 'aws-amplify/auth';

// v4 default import (IMP-01) and Amplify.Auth through it (spec §0.3).
Amplify.configure(outputs);
export const leave = () => signOut();
