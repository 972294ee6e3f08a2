import { Amplify } from 'aws-amplify';
import { withAuthenticator } from '@aws-amplify/ui-react';
import '@aws-amplify/ui-react/styles.css';
import outputs from '../amplify_outputs.json';
import { signOut as amplifySignOut } from 'aws-amplify/auth';

Amplify.configure(outputs, { ssr: true });

function App({ Component, pageProps, signOut }) {
  async function leave() {
    await amplifySignOut();
    signOut();
  }
  return <Component {...pageProps} onSignOut={leave} />;
}

export default withAuthenticator(App);
