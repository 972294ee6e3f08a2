import { Amplify } from 'aws-amplify';
import { Auth } from '@aws-amplify/auth';
import { withAuthenticator } from '@aws-amplify/ui-react';
import '@aws-amplify/ui-react/styles.css';
import awsExports from '../src/aws-exports';

Amplify.configure({ ...awsExports, ssr: true });

function App({ Component, pageProps, signOut }) {
  async function leave() {
    await Auth.signOut();
    signOut();
  }
  return <Component {...pageProps} onSignOut={leave} />;
}

export default withAuthenticator(App);
