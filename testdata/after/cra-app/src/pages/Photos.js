import React, { useEffect, useState } from 'react';
import { Storage } from 'aws-amplify';
// NOTE(amplify-migrate): CFG-01 Create React App refuses imports from outside src/: write the outputs there with npx ampx sandbox --outputs-out-dir src (or npx ampx generate outputs --out-dir src)
import outputs from '../amplify_outputs.json';
import { Hub } from 'aws-amplify/utils';

// CFG-14: Gen 1 keys read straight from the config are flagged, as are Storage calls (spec §10).
// TODO(amplify-migrate): CFG-14 amplify_outputs.json has other keys (outputs.auth.user_pool_id, outputs.data.url, …); map this read or use Amplify.getConfig()
const { aws_user_files_s3_bucket: bucket, aws_user_files_s3_bucket_region } = outputs;

export default function Photos() {
  const [keys, setKeys] = useState([]);

  useEffect(() => {
    // TODO(amplify-migrate): STO-01 Storage.list has no automatic rewrite yet: move it to the functions of aws-amplify/storage (paths replace keys and levels, spec §10)
    Storage.list('photos/').then((result) => setKeys(result.map((item) => item.key)));
    const onUpload = (capsule) => console.log(capsule.payload);
    // TODO(amplify-migrate): HUB-05 Storage no longer emits Hub events in v6: use the promises and callbacks of the Storage calls
    const stopListening = Hub.listen('storage', onUpload);
    // TODO(amplify-migrate): HUB-03 v6 Hub.listen takes a channel name and a function; listen to each channel by name
    Hub.listen(/.*/, (capsule) => console.debug(capsule.channel));
    Hub.listen('auth', ({ payload }) => {
      // TODO(amplify-migrate): HUB-01 v6 sends no 'autoSignIn' auth event: move this logic next to the awaited call (e.g. autoSignIn() after confirmSignUp)
      if (payload.event === 'autoSignIn') console.log('signed in after sign-up');
    });
    return () => stopListening();
  }, []);

  return (
    <ul data-bucket={bucket} data-region={aws_user_files_s3_bucket_region}>
      {keys.map((k) => <li key={k}>{k}</li>)}
    </ul>
  );
}
