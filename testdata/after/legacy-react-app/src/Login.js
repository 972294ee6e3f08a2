// Half way there: the Authenticator of ui-react 2+, but no file imports its style sheet yet.
import { Authenticator } from '@aws-amplify/ui-react';
import '@aws-amplify/ui-react/styles.css';

export default function Login() {
  return <Authenticator loginMechanisms={['email']}>{({ user }) => <p>Hi {user.username}</p>}</Authenticator>;
}
