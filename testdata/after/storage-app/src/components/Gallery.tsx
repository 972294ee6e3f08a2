import React, { useEffect, useState } from 'react';
import { getUrl } from 'aws-amplify/storage';

export function Gallery() {
  const [keys, setKeys] = useState<string[]>([]);
  const [src, setSrc] = useState<string>('');

  useEffect(() => {
    setKeys(['a.jpg', 'b.jpg']);
  }, []);

  async function show(key: string) {
    // NOTE(amplify-migrate): STO-04 getUrl resolves { url: URL, expiresAt }; .url.toString() is the string Storage.get resolved
    setSrc((await getUrl({ path: ({ identityId }) => `private/${identityId}/${key}` })).url.toString());
  }

  return (
    <ul>
      {keys.map((k) => (
        <li key={k} onClick={() => show(k)}>{k}</li>
      ))}
      {src && <img src={src} alt="" />}
    </ul>
  );
}
