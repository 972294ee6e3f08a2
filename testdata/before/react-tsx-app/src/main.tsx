import React from 'react';
import ReactDOM from 'react-dom/client';
import { Amplify } from 'aws-amplify';
import awsconfig from './aws-exports';
import { AuthProvider } from './auth/AuthContext';
import { App } from './App';

// CFG-04: server-side rendering support moves into the second argument.
Amplify.configure({ ...awsconfig, ssr: true });

ReactDOM.createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <AuthProvider>
      <App />
    </AuthProvider>
  </React.StrictMode>,
);
