import React from 'react';
import { Amplify } from 'aws-amplify';
import Photos from './pages/Photos';
import { signOut as amplifySignOut } from 'aws-amplify/auth';

function App() {
  const signOut = () => amplifySignOut();
  return (
    <div>
      <button onClick={signOut}>Sign out</button>
      <Photos />
    </div>
  );
}

Amplify.Logger.LOG_LEVEL = 'DEBUG';

export default App;
