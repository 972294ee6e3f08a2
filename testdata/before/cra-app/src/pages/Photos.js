import React, { useEffect, useState } from 'react';
import { Storage, Hub } from 'aws-amplify';
import awsconfig from '../aws-exports';

// CFG-14: Gen 1 keys read straight from the config are flagged, as are Storage calls (spec §10).
const { aws_user_files_s3_bucket: bucket, aws_user_files_s3_bucket_region } = awsconfig;

export default function Photos() {
  const [keys, setKeys] = useState([]);

  useEffect(() => {
    Storage.list('photos/').then((result) => setKeys(result.map((item) => item.key)));
    const onUpload = (capsule) => console.log(capsule.payload);
    Hub.listen('storage', onUpload);
    Hub.listen(/.*/, (capsule) => console.debug(capsule.channel));
    Hub.listen('auth', ({ payload }) => {
      if (payload.event === 'autoSignIn') console.log('signed in after sign-up');
    });
    return () => Hub.remove('storage', onUpload);
  }, []);

  return (
    <ul data-bucket={bucket} data-region={aws_user_files_s3_bucket_region}>
      {keys.map((k) => <li key={k}>{k}</li>)}
    </ul>
  );
}
