import { withSSRContext } from 'aws-amplify';

// Storage on the server has no mechanical form: flagged, left as it is.
export default async function Files() {
  // TODO(amplify-migrate): SSR-02 SSR.Storage.get on the server: use getUrl, list … from aws-amplify/storage/server with contextSpec and a path by hand (SSR-06, spec §10.1)
  const SSR = withSSRContext();
  const url = await SSR.Storage.get('report.pdf');
  return <a href={url}>Report</a>;
}
