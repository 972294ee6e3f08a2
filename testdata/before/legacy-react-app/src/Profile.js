import { withAuthenticator, AmplifySignOut } from '@aws-amplify/ui-react';

function Profile() {
  return (
    <div>
      <h1>Profile</h1>
      <AmplifySignOut />
    </div>
  );
}

export default withAuthenticator(Profile);
