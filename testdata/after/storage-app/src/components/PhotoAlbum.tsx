import React, { useEffect, useState } from 'react';
import { uploadData, getUrl, remove as amplifyRemove, copy, getProperties } from 'aws-amplify/storage';

type Photo = { key: string; url: string };

export function PhotoAlbum({ ownerId }: { ownerId: string }) {
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [progress, setProgress] = useState(0);
  const [avatar, setAvatar] = useState('');

  async function upload(file: File) {
    // NOTE(amplify-migrate): STO-01 uploadData(…).result resolves { path, eTag, … } (the full path, level prefix included) instead of { key }
    await uploadData({ path: `public/photos/${file.name}`, data: file, options: { contentType: file.type, onProgress: (p) => setProgress(p.transferredBytes / p.totalBytes!) } }).result;
    // NOTE(amplify-migrate): STO-01 uploadData(…).result resolves { path, eTag, … } (the full path, level prefix included) instead of { key }
    await uploadData({ path: ({ identityId }) => `protected/${identityId}/avatar.png`, data: file, options: { contentType: 'image/png' } }).result;
  }

  async function loadAvatar() {
    // NOTE(amplify-migrate): STO-04 getUrl resolves { url: URL, expiresAt }; .url.toString() is the string Storage.get resolved
    const url = (await getUrl({ path: `protected/${ownerId}/avatar.png` })).url.toString();
    setAvatar(url);
  }

  async function remove(key: string) {
    await amplifyRemove({ path: `public/${key}` });
    setPhotos(photos.filter((p) => p.key !== key));
  }

  async function saveNote(text: string) {
    // NOTE(amplify-migrate): STO-01 uploadData(…).result resolves { path, eTag, … } (the full path, level prefix included) instead of { key }
    await uploadData({ path: ({ identityId }) => `private/${identityId}/notes/today.txt`, data: text, options: { contentType: 'text/plain' } }).result;
    // NOTE(amplify-migrate): STO-01 uploadData(…).result resolves { path, eTag, … } (the full path, level prefix included) instead of { key }
    await uploadData({ path: ({ identityId }) => `private/${identityId}/draft.txt`, data: text }).result;
    await copy({ source: { path: ({ identityId }) => `private/${identityId}/notes/today.txt` }, destination: { path: ({ identityId }) => `private/${identityId}/notes/yesterday.txt` } });
  }

  async function backUp(key: string) {
    await copy({ source: { path: `public/${key}` }, destination: { path: `public/backup/${key}` } });
    // NOTE(amplify-migrate): STO-10 getProperties resolves { path, size, contentType, eTag, lastModified, metadata, versionId }: contentLength is size now
    const props = await getProperties({ path: `public/backup/${key}` });
    return props;
  }

  useEffect(() => {
    // NOTE(amplify-migrate): STO-04 getUrl resolves { url: URL, expiresAt }; .then(({ url }) => url.toString()) resolves the string Storage.get did
    getUrl({ path: 'public/banner.jpg', options: { expiresIn: 60 } }).then(({ url }) => url.toString()).then((url) => setAvatar(url));
  }, []);

  async function refresh(keys: string[]) {
    // NOTE(amplify-migrate): STO-04 getUrl resolves { url: URL, expiresAt }; .then(({ url }) => url.toString()) resolves the string Storage.get did
    const urls = await Promise.all(keys.map((key) => getUrl({ path: `public/${key}` }).then(({ url }) => url.toString())));
    setPhotos(keys.map((key, i) => ({ key, url: urls[i] })));
  }

  async function removePrivate(key: string) {
    await amplifyRemove({ path: ({ identityId }) => `private/${identityId}/${key}` });
    await amplifyRemove({ path: ({ identityId }) => `private/${identityId}/draft-${key}` });
  }

  return (
    <div>
      <progress value={progress} />
      <img src={avatar} alt="avatar" />
      <button onClick={() => loadAvatar()}>avatar</button>
      <button onClick={() => refresh(photos.map((p) => p.key))}>refresh</button>
      <button onClick={() => saveNote('hi')}>note</button>
      <button onClick={() => backUp('a.jpg')}>back up</button>
      <button onClick={() => removePrivate('a.txt')}>clean</button>
      {photos.map((p) => (
        <figure key={p.key}>
          <img src={p.url} alt={p.key} />
          <button onClick={() => remove(p.key)}>remove</button>
        </figure>
      ))}
      <input type="file" onChange={(e) => e.target.files && upload(e.target.files[0])} />
    </div>
  );
}
