import { Amplify } from 'aws-amplify';
import outputs from '../amplify_outputs.json';

Amplify.configure(outputs, { ssr: true });

export default function MyApp({ Component, pageProps }) {
  return <Component {...pageProps} />;
}
