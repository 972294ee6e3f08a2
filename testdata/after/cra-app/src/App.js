import React from 'react';
import { Amplify, Analytics } from 'aws-amplify';
import Photos from './pages/Photos';
import { signOut as amplifySignOut } from 'aws-amplify/auth';

function App() {
  const signOut = () => {
    // TODO(amplify-migrate): IMP-07 Analytics.record has no automatic rewrite yet: see the spec section for its category (§3 import map, §11–§15)
    Analytics.record({ name: 'signOut' });
    return amplifySignOut();
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
