import React from 'react';
import Photos from './pages/Photos';
import { record } from 'aws-amplify/analytics';
import { signOut as amplifySignOut } from 'aws-amplify/auth';
import { ConsoleLogger } from 'aws-amplify/utils';

function App() {
  const signOut = () => {
    record({ name: 'signOut' });
    return amplifySignOut();
  };
  return (
    <div>
      <button onClick={signOut}>Sign out</button>
      <Photos />
    </div>
  );
}

ConsoleLogger.LOG_LEVEL = 'DEBUG';

export default App;
