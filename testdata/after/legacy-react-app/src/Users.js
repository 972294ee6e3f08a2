import React, { useEffect, useState } from 'react';
import { S3Image } from 'aws-amplify-react';
import { getCurrentUser } from 'aws-amplify/auth';
import { withAuthenticator } from '@aws-amplify/ui-react';
import '@aws-amplify/ui-react/styles.css';

function Users() {
  const [name, setName] = useState('');
  useEffect(() => {
    // TODO(amplify-migrate): AUTH-14 getCurrentUser() resolves { username, userId, signInDetails }: attributes come from fetchUserAttributes(), tokens from fetchAuthSession(); it throws UserUnAuthenticatedException instead of a string (spec §4.3)
    getCurrentUser().then((user) => setName(user.username));
  }, []);
  // TODO(amplify-migrate): LEG-07 use StorageImage (path="public/<key>") or FileUploader of @aws-amplify/ui-react-storage
  return (
    <div>
      <h1>{name}</h1>
      <S3Image imgKey="avatar.png" />
    </div>
  );
}

// TODO(amplify-migrate): LEG-01 Users now gets { signOut, user } (user is an AuthUser) instead of authState, authData and onStateChange, and no greeting bar: render a sign-out button that calls signOut
export default withAuthenticator(Users);
