import { withSSRContext } from 'aws-amplify';

// Storage on the server has no mechanical form: flagged, left as it is.
export default async function Files() {
  const SSR = withSSRContext();
  const url = await SSR.Storage.get('report.pdf');
  return <a href={url}>Report</a>;
}
