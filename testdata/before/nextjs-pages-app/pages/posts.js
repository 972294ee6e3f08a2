import { withSSRContext } from 'aws-amplify';
import { Post } from '../src/models';

export default function Posts({ posts }) {
  return <p>{posts.length} posts</p>;
}

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const posts = await SSR.DataStore.query(Post);
  return { props: { posts: JSON.parse(JSON.stringify(posts)) } };
}
