import { withAuthenticator } from '@aws-amplify/ui-react';
import { signOut } from 'aws-amplify/auth';
import '@aws-amplify/ui-react/styles.css';

function Profile() {
  // TODO(amplify-migrate): LEG-02 a plain, unstyled button now (or call the signOut that withAuthenticator passes as a prop)
  return (
    <div>
      <h1>Profile</h1>
      <button onClick={() => signOut()}>Sign Out</button>
    </div>
  );
}

export default withAuthenticator(Profile);
