import { withSSRContext } from 'aws-amplify';

export default function Session({ expires }) {
  return <p>Session until {new Date(expires * 1000).toISOString()}</p>;
}

export const getServerSideProps = async ({ req }) => {
  // TODO(amplify-migrate): SSR-02 Auth.currentSession() whose session object is used: fetchAuthSession(contextSpec) resolves { tokens }, rewrite by hand (SSR-04, spec §4.4)
  const { Auth } = withSSRContext({ req });
  const session = await Auth.currentSession();
  return { props: { expires: session.getIdToken().getExpiration() } };
};
