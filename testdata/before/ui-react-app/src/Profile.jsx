import { Auth } from 'aws-amplify';
import { Authenticator, useAuthenticator } from '@aws-amplify/ui-react';

// Plain JavaScript: the v6 types would reject user.attributes, which a person has to rewrite.
export function Profile() {
  const { user } = useAuthenticator((context) => [context.user]);
  return <p>{user.attributes.email}</p>;
}

export function SignUp() {
  return (
    <Authenticator
      initialState="signUp"
      services={{
        async handleSignUp(formData) {
          const { username, password, attributes } = formData;
          return Auth.signUp({ username: username.toLowerCase(), password, attributes });
        },
      }}
    >
      {({ user }) => <p>{user.username}</p>}
    </Authenticator>
  );
}
