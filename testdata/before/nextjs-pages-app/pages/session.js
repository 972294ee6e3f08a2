import { withSSRContext } from 'aws-amplify';

export default function Session({ expires }) {
  return <p>Session until {new Date(expires * 1000).toISOString()}</p>;
}

export const getServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  const session = await Auth.currentSession();
  return { props: { expires: session.getIdToken().getExpiration() } };
};
