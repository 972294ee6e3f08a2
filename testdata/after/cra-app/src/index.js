import React from 'react';
import ReactDOM from 'react-dom';
import { Amplify } from 'aws-amplify';
// NOTE(amplify-migrate): CFG-01 Create React App refuses imports from outside src/: write the outputs there with npx ampx sandbox --outputs-out-dir src (or npx ampx generate outputs --out-dir src)
import outputs from './amplify_outputs.json';
import App from './App';

// IMP-01: aws-amplify v4's default import; CFG-01 under Create React App.
Amplify.configure(outputs);

ReactDOM.render(<App />, document.getElementById('root'));
