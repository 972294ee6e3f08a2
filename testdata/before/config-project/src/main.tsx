import { Amplify } from 'aws-amplify';
import awsconfig from './aws-exports';

// Spec CFG-01/CFG-03: the import moves to the project root's outputs file.
Amplify.configure(awsconfig);
