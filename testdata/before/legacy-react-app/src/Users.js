import React, { useEffect, useState } from 'react';
import { Auth } from 'aws-amplify';
import { withAuthenticator, S3Image } from 'aws-amplify-react';

function Users() {
  const [name, setName] = useState('');
  useEffect(() => {
    Auth.currentAuthenticatedUser().then((user) => setName(user.username));
  }, []);
  return (
    <div>
      <h1>{name}</h1>
      <S3Image imgKey="avatar.png" />
    </div>
  );
}

export default withAuthenticator(Users, { includeGreetings: true });
