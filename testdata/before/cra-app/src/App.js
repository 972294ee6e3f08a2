import React from 'react';
import Amplify, { Analytics, Auth } from 'aws-amplify';
import Photos from './pages/Photos';

function App() {
  const signOut = () => {
    Analytics.record({ name: 'signOut' });
    return Auth.signOut();
  };
  return (
    <div>
      <button onClick={signOut}>Sign out</button>
      <Photos />
    </div>
  );
}

Amplify.Logger.LOG_LEVEL = 'DEBUG';

export default App;
