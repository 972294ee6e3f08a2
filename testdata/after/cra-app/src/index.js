import React from 'react';
import ReactDOM from 'react-dom';
import { Amplify, Storage } from 'aws-amplify';
// NOTE(amplify-migrate): CFG-01 Create React App refuses imports from outside src/: write the outputs there with npx ampx sandbox --outputs-out-dir src (or npx ampx generate outputs --out-dir src)
import outputs from './amplify_outputs.json';
import App from './App';

// IMP-01: aws-amplify v4's default import; CFG-01 under Create React App.
Amplify.configure(outputs);
// TODO(amplify-migrate): CFG-12 category configure calls are gone in v6: fold this into the one Amplify.configure(outputs, libraryOptions) call
// TODO(amplify-migrate): storage-configure-level v6 has no default level: the storage calls of this project that give no level are left as they are and flagged; write each with the path of this level, e.g. ({ identityId }) => `private/${identityId}/<key>` (spec §10.1)
Storage.configure({ level: 'private' });

ReactDOM.render(<App />, document.getElementById('root'));
