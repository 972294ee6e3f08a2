import { Amplify } from 'aws-amplify';
import config from '../amplifyconfiguration.json';

// `outputs` is already taken in this file, so the old name stays.
const outputs = { debug: true };
Amplify.configure(config);
export default outputs;
