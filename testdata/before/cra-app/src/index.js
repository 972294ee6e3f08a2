import React from 'react';
import ReactDOM from 'react-dom';
import Amplify, { Storage } from 'aws-amplify';
import awsconfig from './aws-exports';
import App from './App';

// IMP-01: aws-amplify v4's default import; CFG-01 under Create React App.
Amplify.configure(awsconfig);
Storage.configure({ level: 'private' });

ReactDOM.render(<App />, document.getElementById('root'));
