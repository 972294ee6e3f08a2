import { Authenticator, useAuthenticator } from '@aws-amplify/ui-react';
import { signUp } from 'aws-amplify/auth';

// Plain JavaScript: the v6 types would reject user.attributes, which a person has to rewrite.
export function Profile() {
  const { user } = useAuthenticator((context) => [context.user]);
  // TODO(amplify-migrate): UI-08 the user is an AuthUser { username, userId, signInDetails } without attributes: read them with fetchUserAttributes() from 'aws-amplify/auth'
  return <p>{user.attributes.email}</p>;
}

export function SignUp() {
  // TODO(amplify-migrate): UI-09 services handlers now get v6 inputs (handleSignUp(input: SignUpInput) with input.options.userAttributes, confirmationCode instead of code) and must call the v6 functions of aws-amplify/auth
  return (
    <Authenticator
      initialState="signUp"
      services={{
        async handleSignUp(formData) {
          const { username, password, attributes } = formData;
          return signUp({ username: username.toLowerCase(), password, options: { userAttributes: attributes } });
        },
      }}
    >
      {({ user }) => <p>{user.username}</p>}
    </Authenticator>
  );
}
