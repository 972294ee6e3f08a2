import { useEffect, useState } from 'react';
import { Auth, Hub } from 'aws-amplify';

// Tracks who is signed in: asks Cognito once, then follows the auth events.
export default function useCurrentUser() {
  const [user, setUser] = useState(null);

  useEffect(() => {
    function loadUser() {
      Auth.currentAuthenticatedUser()
        .then((cognitoUser) => setUser(cognitoUser))
        .catch(() => setUser(null));
    }

    const listener = ({ payload }) => {
      if (payload.event === 'signIn') {
        loadUser();
      }
      if (payload.event === 'signOut') {
        setUser(null);
      }
    };

    Hub.listen('auth', listener);
    loadUser();
    return () => Hub.remove('auth', listener);
  }, []);

  return user;
}
