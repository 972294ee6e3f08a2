import { Amplify } from 'aws-amplify';
import config from '../../amplify_outputs.json';

// `outputs` is already taken in this file, so the old name stays.
const outputs = { debug: true };
Amplify.configure(config);
export default outputs;
