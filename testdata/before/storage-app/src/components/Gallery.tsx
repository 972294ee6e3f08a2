import React, { useEffect, useState } from 'react';
import { Storage } from 'aws-amplify';

export function Gallery() {
  const [keys, setKeys] = useState<string[]>([]);
  const [src, setSrc] = useState<string>('');

  useEffect(() => {
    setKeys(['a.jpg', 'b.jpg']);
  }, []);

  async function show(key: string) {
    setSrc(await Storage.vault.get(key));
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
