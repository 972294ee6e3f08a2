import { withSSRContext } from 'aws-amplify';
import { Post } from '../src/models';

export default function Posts({ posts }) {
  return <p>{posts.length} posts</p>;
}

export async function getServerSideProps({ req }) {
  // TODO(amplify-migrate): SSR-02 SSR.DataStore.query on the server has no v6 form: query the Gen 2 data client with contextSpec by hand (SSR-09, spec §15)
  const SSR = withSSRContext({ req });
  const posts = await SSR.DataStore.query(Post);
  return { props: { posts: JSON.parse(JSON.stringify(posts)) } };
}
