import { Amplify } from 'aws-amplify';
import outputs from '../amplify_outputs.json';

// Spec CFG-01/CFG-03: the import moves to the project root's outputs file.
Amplify.configure(outputs);
